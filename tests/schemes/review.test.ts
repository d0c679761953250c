import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { reviewSchemes } from '../../src/schemes/review.js';
import { loadRuleSettings, parseRuleSettings } from '../../src/schemes/config.js';
import { schemeReviewRows } from '../../src/schemes/rows.js';
import { schemaValidator } from '../../src/model/validate.js';
import { ConfigError } from '../../src/errors.js';
import { tmpDir } from '../helpers/cli.js';
import { cleanScheme, keyItems } from './rule-tester.js';

const review = (schemes = [cleanScheme()], settings = loadRuleSettings(), lang: 'zh' | 'en' = 'zh') => reviewSchemes(schemes, { settings, keyItems, lang });

describe('scheme review', () => {
  it('approves a clean scheme and rejects on any reject-severity reason; warnings do not reject', () => {
    const r = review([
      cleanScheme({ id: 'A' }),
      cleanScheme({ id: 'B', methods: [] }),
      cleanScheme({ id: 'C', kickoffMeeting: false, summaryMeeting: false, experts: [] }),
    ]);
    expect(r.schemes.map((s) => s.verdict)).toEqual(['approved', 'rejected', 'approved']);
    expect(r.schemes[2]!.reasons.map((x) => [x.ruleId, x.severity])).toEqual([
      ['kickoff-missing', 'warn'],
      ['summary-missing', 'warn'],
      ['experts-missing', 'warn'],
    ]);
    expect(r.summary).toMatchObject({ drawn: 3, approved: 2, rejected: 1 });
  });

  it('lists rules it could not check and does not pass them silently', () => {
    const r = review([cleanScheme({ inAnnualPlan: undefined, industry: '殡葬' })]);
    expect(r.schemes[0]!.notChecked.map((n) => n.ruleId)).toEqual(['not-in-annual-plan', 'key-items-missing']);
    expect(r.schemes[0]!.notChecked[1]!.reason).toContain('殡葬');
  });

  it('counts by unit with sorted keys', () => {
    const r = review([cleanScheme({ id: 'x', unit: '乙' }), cleanScheme({ id: 'y', unit: '甲', methods: [] }), cleanScheme({ id: 'z', unit: undefined })]);
    expect(Object.keys(r.summary.byUnit)).toEqual(Object.keys(r.summary.byUnit).sort());
    expect(r.summary.byUnit['甲']).toEqual({ drawn: 1, approved: 0, rejected: 1 });
    expect(r.summary.byUnit['（未注明单位）']).toEqual({ drawn: 1, approved: 1, rejected: 0 });
  });

  it('matches the published result schema', () => {
    const r = review([cleanScheme({ id: 'a' }), cleanScheme({ id: 'b', officers: [], inAnnualPlan: undefined })]);
    const validate = schemaValidator('schemes-result');
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...r, schemes: [{ ...r.schemes[0], verdict: 'maybe' }] })).toBe(false);
  });

  it('writes messages in English with lang en', () => {
    const r = review([cleanScheme({ methods: [] })], loadRuleSettings(), 'en');
    expect(r.schemes[0]!.reasons[0]!.message).toBe('the scheme states no inspection method');
  });
});

describe('rule severities (config)', () => {
  const write = (data: unknown) => {
    const f = path.join(tmpDir(), 'rules.json');
    writeFileSync(f, JSON.stringify(data));
    return f;
  };
  it('defaults: three warnings, six rejections', () => {
    const s = loadRuleSettings();
    expect(Object.entries(s).filter(([, v]) => v === 'warn').map(([k]) => k).sort()).toEqual(['experts-missing', 'kickoff-missing', 'summary-missing']);
  });
  it('a --rules file turns a rejection into a warning, a warning into a rejection, or a rule off', () => {
    const settings = loadRuleSettings(write({ rules: { 'not-in-annual-plan': 'warn', 'experts-missing': { severity: 'reject' }, 'method-missing': 'off' } }));
    const r = review([cleanScheme({ id: 'p', inAnnualPlan: false }), cleanScheme({ id: 'e', experts: [] }), cleanScheme({ id: 'm', methods: [] })], settings);
    expect(r.schemes.map((s) => s.verdict)).toEqual(['approved', 'rejected', 'approved']);
    expect(r.schemes[0]!.reasons[0]).toMatchObject({ ruleId: 'not-in-annual-plan', severity: 'warn' });
    expect(r.schemes[2]!.reasons).toEqual([]);
  });
  it('bad configs are ConfigErrors naming the key', () => {
    expect(() => parseRuleSettings({ rules: { 'no-such-rule': 'warn' } }, 'r.json')).toThrow(ConfigError);
    expect(() => parseRuleSettings({ rules: { 'no-such-rule': 'warn' } }, 'r.json')).toThrow(/\$\.rules\["no-such-rule"\]/);
    expect(() => parseRuleSettings({ rules: { 'date-missing': 'fatal' } }, 'r.json')).toThrow(/\$\.rules\["date-missing"\]/);
    expect(() => parseRuleSettings({ rules: { 'date-missing': { severity: 1 } } }, 'r.json')).toThrow(/\["date-missing"\]\.severity/);
    expect(() => parseRuleSettings({ rule: {} }, 'r.json')).toThrow(/\$\.rule /);
    expect(() => loadRuleSettings(write('x').replace('rules.json', 'missing.json'))).toThrow(ConfigError);
  });
});

describe('schemeReviewRows', () => {
  it('one row per scheme, rejected first, with reasons, basis and what to add', () => {
    const r = review([cleanScheme({ id: 'ok' }), cleanScheme({ id: 'bad', methods: [], officers: [] })]);
    const sheet = schemeReviewRows(r, 'en');
    expect(sheet.columns.map((c) => c.header)).toContain('Reasons for rejection');
    expect(sheet.rows.map((x) => x.id)).toEqual(['bad', 'ok']);
    expect(sheet.rows[0]!.verdict).toBe('rejected');
    expect(String(sheet.rows[0]!.rejectReasons)).toMatch(/^1\. .*\n2\. /);
    expect(String(sheet.rows[0]!.basis)).toContain('赣应急字〔2020〕168号');
    expect(sheet.rows[1]!.rejectReasons).toBe('');
    expect(schemeReviewRows(r, 'zh').rows[0]!.verdict).toBe('驳回');
  });
});
