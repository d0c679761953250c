import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { excelSerialToIso, findDates, isValidYmd, parseDate } from '../../../src/ingest/normalize/dates.js';

const CN_DIGIT = '〇一二三四五六七八九';
const cnYear = (y: number) => [...String(y)].map((d) => CN_DIGIT[Number(d)]).join('');
/** 1..31 in Chinese: 十, 十二, 二十, 三十一 */
const cnSmall = (n: number) => (n < 10 ? CN_DIGIT[n]! : `${n >= 20 ? CN_DIGIT[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGIT[n % 10] : ''}`);
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** Excel serial of an ISO date (1900 system, after 1900-02-28). */
const serialOf = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

describe('parseDate', () => {
  it.each([
    ['2025-03-08', '2025-03-08'],
    ['2025-3-8', '2025-03-08'],
    ['2025/3/8', '2025-03-08'],
    ['2025.3.8', '2025-03-08'],
    ['2025年3月8日', '2025-03-08'],
    ['2025 年 3 月 8 日', '2025-03-08'],
    ['２０２５年３月８日', '2025-03-08'],
    ['二〇二五年三月八日', '2025-03-08'],
    ['二○二五年十二月三十一日', '2025-12-31'],
    ['20250308', '2025-03-08'],
    ['2021-8-2 0:00:00', '2021-08-02'],
    ['2025-03-08T00:00:00.000Z', '2025-03-08'],
    ['  2025-03-08  ', '2025-03-08'],
    ['45724', '2025-03-08'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it('reads numbers as Excel serials or yyyymmdd, and Date objects by their UTC day', () => {
    expect(parseDate(45724)).toEqual({ ok: true, value: '2025-03-08' });
    expect(parseDate(45724.75)).toEqual({ ok: true, value: '2025-03-08' });
    expect(parseDate(20200316)).toEqual({ ok: true, value: '2020-03-16' });
    expect(parseDate(new Date(Date.UTC(2025, 2, 8)))).toEqual({ ok: true, value: '2025-03-08' });
  });

  it('blanks, placeholders and sentinels mean "no date", not an error', () => {
    for (const v of [undefined, null, '', '  ', '— —', '/', '暂无', '无处罚期限', '长期', '1900-1-1', '2099-12-31', '9999-12-31']) {
      expect(parseDate(v), String(v)).toEqual({ ok: true, value: undefined });
    }
  });

  it('refuses impossible and unreadable dates with a reason', () => {
    for (const v of ['2025-02-30', '2025-13-01', '2023-02-29', 'abc', '2025年', '3/8/2025', new Date(NaN), -5, 0]) {
      const r = parseDate(v);
      expect(r.ok, String(v)).toBe(false);
      if (!r.ok) expect(r.reason).toBeTruthy();
    }
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('property: every real date survives every written form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2098 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(isValidYmd(y, m, d));
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const forms: unknown[] = [
          iso, `${y}-${m}-${d}`, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, fullWidth(`${y}年${m}月${d}日`),
          `${cnYear(y)}年${cnSmall(m)}月${cnSmall(d)}日`, `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`,
          `${y}-${m}-${d} 0:00:00`, serialOf(y, m, d), String(serialOf(y, m, d)), new Date(Date.UTC(y, m - 1, d)),
        ];
        for (const f of forms) expect(parseDate(f), String(f)).toEqual({ ok: true, value: iso });
      }),
      { numRuns: 300 },
    );
  });
});

describe('excelSerialToIso', () => {
  it('agrees with the Date-based conversion on every serial Excel allows (1 … 2958465), and isValidYmd with Date', () => {
    const viaDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + (serial < 61 ? serial + 1 : serial) * 86400000).toISOString().slice(0, 10);
    const wrong: number[] = [];
    for (let serial = 1; serial <= 2958465; serial++) if (excelSerialToIso(serial) !== viaDate(serial)) wrong.push(serial);
    expect(wrong).toEqual([]);
    for (let y = 1899; y <= 2101; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const dt = new Date(Date.UTC(y, m - 1, d));
          const real = y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
          if (isValidYmd(y, m, d) !== real) wrong.push(y * 10000 + m * 100 + d);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('follows the 1900 date system, including the Lotus leap-year bug', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(0)).toBeUndefined();
    expect(excelSerialToIso(Number.NaN)).toBeUndefined();
  });
});

describe('findDates', () => {
  it('finds every date in running text, in order', () => {
    const t = '本局于2025年3月8日立案，二〇二五年四月一日作出决定，2025-04-03 送达；2025年2月30日 不是日期。';
    expect(findDates(t).map((d) => d.iso)).toEqual(['2025-03-08', '2025-04-01', '2025-04-03']);
    expect(findDates(t)[0]).toMatchObject({ raw: '2025年3月8日', index: 3 });
  });
});
