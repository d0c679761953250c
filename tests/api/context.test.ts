/**
 * The Context's language is the call's own: no module state, so two API calls at once — one zh, one en — each
 * speak their language, and neither changes the caller's.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createContext, importInputs, reviewSchemes, getLang, tr, withLang, runSchemes, UsageError } from '../../src/index.js';

const PROVINCE = path.resolve('samples/json/province.json');
const zh = createContext({ lang: 'zh' });
const en = createContext({ lang: 'en' });
const messages = (r: Awaited<ReturnType<typeof reviewSchemes>>) => r.result.schemes.flatMap((s) => s.reasons.map((x) => `${x.ruleId} ${x.message}`));
const han = /[\u4e00-\u9fff]/;

describe('the language of an API call', () => {
  it('two concurrent calls, one zh and one en, each produce their own language (as when run alone)', async () => {
    const [a, b] = await Promise.all([reviewSchemes({ inputs: [PROVINCE], context: zh }), reviewSchemes({ inputs: [PROVINCE], context: en })]);
    const aloneZh = await reviewSchemes({ inputs: [PROVINCE], context: zh });
    const aloneEn = await reviewSchemes({ inputs: [PROVINCE], context: en });
    expect(messages(a)).toEqual(messages(aloneZh));
    expect(messages(b)).toEqual(messages(aloneEn));
    expect(messages(a)).not.toEqual(messages(b));
    // the rule texts: Chinese in one, English in the other (names and quoted words aside)
    expect(a.result.schemes.flatMap((s) => s.reasons).every((x) => han.test(x.message))).toBe(true);
    expect(b.result.schemes.flatMap((s) => s.reasons).some((x) => /\b(the|is|are|no|not)\b/.test(x.message))).toBe(true);
  });

  it('two concurrent failing calls each fail in their own language', async () => {
    const missing = path.resolve('no-such-folder/cases.json');
    const [a, b] = await Promise.allSettled([importInputs({ inputs: [missing], context: zh }), importInputs({ inputs: [missing], context: en })]);
    const msg = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? (r.reason as Error).message : 'resolved');
    expect(msg(a)).toMatch(han);
    expect(msg(b)).not.toMatch(han);
    expect(msg(b)).toContain(missing);
  });

  it('a call leaves the caller’s language alone; outside any scope messages are Chinese', async () => {
    expect(getLang()).toBe('zh');
    await reviewSchemes({ inputs: [PROVINCE], context: en });
    expect(getLang()).toBe('zh');
    expect(tr('错误', 'error')).toBe('错误');
  });

  it('runSchemes without lang speaks its caller’s language (never resets it to zh)', async () => {
    const r = await withLang('en', async () => {
      const res = await runSchemes([PROVINCE], {});
      return { res, after: getLang() };
    });
    expect(r.after).toBe('en');
    expect(r.res.result.schemes.flatMap((s) => s.reasons.map((x) => `${x.ruleId} ${x.message}`))).toEqual(messages(await reviewSchemes({ inputs: [PROVINCE], context: en })));
  });

  it('a malformed SOURCE_DATE_EPOCH is a usage error when the Context is made', () => {
    expect(() => createContext({ env: { SOURCE_DATE_EPOCH: 'abc' } })).toThrow(UsageError);
    expect(createContext({ env: { SOURCE_DATE_EPOCH: '1751328000' } })).toMatchObject({ date: new Date('2025-07-01T00:00:00Z'), dateFixed: true });
  });
});

describe('the date of an API call', () => {
  it('a fixed Context date stamps the xlsx entries too (reproducible archives without SOURCE_DATE_EPOCH)', async () => {
    const { draw } = await import('../../src/index.js');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'caseaudit-api-date-'));
    const date = new Date('2025-07-01T08:30:00Z');
    const out = path.join(dir, 'm.json');
    await draw({ inputs: [PROVINCE], rate: '10%', seed: '1', output: out, context: createContext({ lang: 'en', date, env: {} }) });
    const zip = readFileSync(path.join(dir, 'm.xlsx'));
    // first local file header: DOS time at offset 10, date at 12
    const dosTime = zip.readUInt16LE(10);
    const dosDate = zip.readUInt16LE(12);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31, dosTime >> 11, (dosTime >> 5) & 63]).toEqual([2025, 7, 1, 8, 30]);
  });
});
