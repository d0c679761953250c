import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { tmpDir } from '../helpers/cli.js';
import { makeScanFixture, countingEngine, type ScanFixture } from './helpers.js';
import { createOcrProvider } from '../../src/ocr/provider.js';
import { createOcrContext } from '../../src/ocr/pipeline.js';
import { tesseractEngine } from '../../src/ocr/tesseract.js';
import { ConfigError } from '../../src/errors.js';
import { caseIdKey, findDates } from '../../src/ingest/normalize/index.js';

let fx: ScanFixture;
let cacheDir: string;

beforeAll(async () => {
  const dir = tmpDir('caseaudit-ocr-');
  fx = await makeScanFixture(dir);
  cacheDir = path.join(dir, 'cache');
}, 120_000);

// OCR is ~1–5 s a page; other suites run alongside, so these get generous timeouts
describe('OCR of a scanned case file', { timeout: 240_000 }, () => {
  it('reads every key value of the original from the scan, and a second run comes from the cache', async () => {
    const engine = countingEngine();
    const provider = createOcrProvider({ engine, cacheDir });
    const texts = await provider.pageTexts(fx.scan, [1, 2, 3, 4]);
    expect(engine.calls).toBe(4);
    expect(texts.map((t) => t.page)).toEqual([1, 2, 3, 4]);
    const all = texts.map((t) => t.text).join('\n');
    const compact = all.replace(/\s+/g, '');
    const s = fx.spec;
    expect(compact).toContain(s.id); // repaired: （赣） and 〔〕 restored
    expect(caseIdKey(compact)).toContain(caseIdKey(s.id));
    for (const v of [s.party.name, s.party.creditCode, ...s.officers.flatMap((o) => [o.name, o.certNo])]) expect(compact).toContain(v);
    const dates = new Set(findDates(all).map((d) => d.iso));
    for (const d of Object.values(s.dates)) expect(dates).toContain(d);
    expect(compact).toContain(`¥${s.fine.toFixed(2)}`);
    const res = provider.resultFor(fx.scan)!;
    expect(res.unreadable).toEqual([]);
    for (const p of res.pages) {
      expect(p.meanConfidence).toBeGreaterThan(70);
      expect(p.conf.length).toBe(p.text.length);
      expect(Math.abs(p.skew)).toBeGreaterThan(0.3); // the scan was turned and straightened
    }

    const again = countingEngine();
    const second = createOcrProvider({ engine: again, cacheDir });
    const texts2 = await second.pageTexts(fx.scan, [1, 2, 3, 4]);
    expect(again.calls).toBe(0);
    expect(texts2).toEqual(texts);
    expect(second.stats()).toEqual({ recognised: 0, cached: 4 });
  });

  it('drops a page it cannot read instead of passing its garbage on', async () => {
    const provider = createOcrProvider({ engine: countingEngine(), cacheDir });
    const texts = await provider.pageTexts(fx.blurred, [3]);
    expect(texts).toEqual([]);
    expect(provider.resultFor(fx.blurred)!.unreadable).toEqual([3]);
  });
});

describe('OCR engine missing', () => {
  it('says how to install tesseract', async () => {
    const err = await createOcrContext({ engine: tesseractEngine({ bin: '/nonexistent/tesseract' }), cacheDir: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).hint).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
  });

  it('says which language data is missing', async () => {
    const err = await createOcrContext({ engine: tesseractEngine({ lang: 'chi_sim+xxx_none' }), cacheDir: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toContain('xxx_none');
  });
});
