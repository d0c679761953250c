/** 通报 and 约谈 thresholds: on and off, each entry naming the threshold it met; nothing when none is met. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { escalate, missingInputs, type EscalationConfig } from '../../src/followup/escalate.js';
import { runRectify } from '../../src/api/rectify.js';
import { mergeConfig } from '../../src/api/config.js';
import { ConfigError } from '../../src/errors.js';
import { schemaValidator } from '../../src/model/validate.js';
import type { ScoreResults } from '../../src/analyze/types.js';
import type { RectificationStatus } from '../../src/followup/types.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'followup');
const H2 = path.join(FIX, 'results-2025H2.json');
const H1 = path.join(FIX, 'results-2025H1.json');
const load = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as ScoreResults;
const DATE = new Date('2025-09-26T00:00:00Z');

describe('escalate()', () => {
  const files = load(H2).files;

  it('no thresholds configured → no entries', () => {
    expect(escalate({}, { files })).toEqual([]);
  });

  it('thresholds that no unit meets → no entries', () => {
    expect(escalate({ circular: { meanScoreBelow: 10, failShareAbove: 0.9 }, summons: { vetoedAtLeast: 5 } }, { files })).toEqual([]);
  });

  it('南昌 (mean 64, one veto, 1/3 不合格) meets the 通报 thresholds; 九江 (mean 92.5) does not', () => {
    const e = escalate({ circular: { meanScoreBelow: 70, vetoedAtLeast: 1, failShareAbove: 0.2 } }, { files });
    expect(e).toEqual([
      {
        unit: '南昌市应急管理局',
        action: 'circular',
        files: 3,
        meanScore: 64,
        provisional: 0,
        met: [
          { key: 'meanScoreBelow', limit: 70, value: 64 },
          { key: 'vetoedAtLeast', limit: 1, value: 1 },
          { key: 'failShareAbove', limit: 0.2, value: 0.3333 },
        ],
      },
    ]);
  });

  it('a 待定 file is not averaged: its best-case score cannot lift a unit out of a 通报, and a unit with no final file has no mean', () => {
    const nc = files.filter((f) => f.unit === '南昌市应急管理局');
    // one more 南昌 file, 待定 with a best case of 100: the mean stays that of the three final files
    const pending = { ...nc[0]!, id: 'pending-1', score: 100, grade: 'provisional' as const, final: false, vetoed: false, findings: [] };
    const e = escalate({ circular: { meanScoreBelow: 70 } }, { files: [...files, pending] });
    expect(e).toEqual([expect.objectContaining({ unit: '南昌市应急管理局', files: 4, meanScore: 64, provisional: 1, met: [{ key: 'meanScoreBelow', limit: 70, value: 64 }] })]);
    // a unit whose only file is 待定: no mean, so no mean threshold is met on a guess
    const alone = { ...pending, unit: '萍乡市应急管理局', score: 10 };
    expect(escalate({ circular: { meanScoreBelow: 70 } }, { files: [alone] })).toEqual([]);
  });

  it('the same rule in two consecutive periods, and overdue items, lead to 约谈', () => {
    const status = { schemaVersion: 1, asOf: '2025-10-17', units: [{ unit: '九江市应急管理局', findings: 1, rectified: 0, inProgress: 0, open: 1, overdue: 1 }], findings: [], problems: [] } as RectificationStatus;
    const cfg: EscalationConfig = { summons: { repeatedRule: true, overdueAbove: 0 } };
    const e = escalate(cfg, { files, previous: load(H1).files, status });
    expect(e.map((x) => [x.unit, x.action, x.met])).toEqual([
      // 九江's H1 problem (publication-late) did not come back in H2: only its overdue item counts
      ['九江市应急管理局', 'summons', [{ key: 'overdueAbove', limit: 0, value: 1 }]],
      ['南昌市应急管理局', 'summons', [{ key: 'repeatedRule', limit: true, value: ['notice-missing'] }]],
    ]);
  });

  it('a threshold whose input is missing is reported as not checked, not silently passed', () => {
    expect(missingInputs({ circular: { repeatedRule: true }, summons: { overdueAbove: 0 } }, { files })).toEqual(['circular.repeatedRule', 'summons.overdueAbove']);
  });
});

describe('rectify with thresholds', () => {
  it('on: writes the draft 通报 naming the unit, the facts and the threshold, the 约谈 list and escalation.json', async () => {
    const out = tmpDir('escalate-on-');
    const r = await runRectify({ results: H2, outDir: out, lang: 'zh', date: DATE, issuer: '江西省应急管理厅', period: '2025年下半年', previous: H1, escalation: { circular: { meanScoreBelow: 70, vetoedAtLeast: 1 }, summons: { repeatedRule: true } } });
    expect(r.escalation.map((e) => `${e.action}:${e.unit}`)).toEqual(['circular:南昌市应急管理局', 'summons:南昌市应急管理局']);
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'circular-draft.docx')));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('关于2025年下半年行政执法案卷评查情况的通报（草稿）');
    expect(text).toContain('南昌市应急管理局');
    expect(text).toContain('平均分 64 分，低于 70 分');
    expect(text).toContain('1 份案卷被否决（标准：1 份及以上）');
    expect(text).not.toContain('九江市应急管理局');
    const summons = readFileSync(path.join(out, 'summons.md'), 'utf8');
    expect(summons).toContain('| 1 | 南昌市应急管理局 | 3 | 64 | 连续两期出现同类问题：履行事先告知程序 |');
    const esc = JSON.parse(readFileSync(path.join(out, 'escalation.json'), 'utf8'));
    expect(schemaValidator('escalation')(esc)).toBe(true);
  });

  it('off: thresholds not met → no 通报, no 约谈 list, no escalation.json', async () => {
    const out = tmpDir('escalate-off-');
    const r = await runRectify({ results: H2, outDir: out, lang: 'zh', date: DATE, escalation: { circular: { meanScoreBelow: 50 } } });
    expect(r.escalation).toEqual([]);
    for (const f of ['circular-draft.docx', 'circular-draft.html', 'summons.md', 'escalation.json']) expect(existsSync(path.join(out, f))).toBe(false);
  });
});

describe('run config: followup section', () => {
  const file = '/configs/audit.json';
  it('is validated with errors naming the key', () => {
    const bad = { inputs: ['x'], followup: { escalation: { circular: { meanScoreBelow: 'seventy' } } } };
    expect(() => mergeConfig(bad, file, {})).toThrow(ConfigError);
    expect(() => mergeConfig(bad, file, {})).toThrow('$.followup.escalation.circular.meanScoreBelow');
    expect(() => mergeConfig({ inputs: ['x'], followup: { escalation: { notice: {} } } }, file, {})).toThrow('$.followup.escalation.notice');
    expect(() => mergeConfig({ inputs: ['x'], followup: { deadlineDays: 0 } }, file, {})).toThrow('$.followup.deadlineDays');
  });
  it('resolves its paths against the config file', () => {
    const cfg = mergeConfig({ inputs: ['x'], followup: { previous: 'h1/results.json', countermeasures: 'cm.json', escalation: { circular: { failShareAbove: 0.2 } } } }, file, {});
    expect(cfg.followup).toEqual({ previous: '/configs/h1/results.json', countermeasures: '/configs/cm.json', escalation: { circular: { failShareAbove: 0.2 } } });
  });
  it('a countermeasures file with a bad entry is an error naming it', async () => {
    const d = tmpDir('cm-');
    const cm = path.join(d, 'cm.json');
    writeFileSync(cm, JSON.stringify({ rules: { 'notice-missing': { zh: '先告知' } } }));
    await expect(runRectify({ results: H2, outDir: d, countermeasures: cm, date: DATE })).rejects.toThrow('$.rules.notice-missing');
  });
});
