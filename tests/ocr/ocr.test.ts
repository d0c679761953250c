/**
 * OCR end to end on one scanned case file (4 pages) and a copy with its decision page blurred, with the default
 * engine (PP-OCR from npm; nothing but Node and npm needed). The suites share one cache: the engine runs on 5
 * pages in all (the blurred copy's other pages are the same images), ~2–8 s each. tesseract, when installed,
 * reads the same scan at the end.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createOcrProvider } from '../../src/ocr/provider.js';
import { createOcrContext } from '../../src/ocr/pipeline.js';
import { tesseractEngine } from '../../src/ocr/tesseract.js';
import { ConfigError } from '../../src/errors.js';
import { systemTool } from '../helpers/system-tools.js';
import { caseIdKey, findDates } from '../../src/ingest/normalize/index.js';
import { readFileSync } from 'node:fs';
import { runImport, runScore, runSample } from '../../src/index.js';
import { KEY_FIELDS } from '../../src/ocr/assess.js';
import type { CaseFile } from '../../src/model/types.js';
import { runCli, tmpDir } from '../helpers/cli.js';
import { makeScanFixture, countingEngine, type ScanFixture } from './helpers.js';
import { makeCaseSpec, writeCasePdf } from '../../scripts/lib/case-pdf.mjs';
import { rasterise, writeScanPdf } from '../../scripts/lib/scan.mjs';

let fx: ScanFixture;
let dir: string;
let cacheDir: string;

beforeAll(async () => {
  dir = tmpDir('caseaudit-ocr-');
  fx = await makeScanFixture(dir);
  cacheDir = path.join(dir, 'cache');
}, 600_000); // two scans of 4 pages: seconds on an idle machine, minutes on a shared one

// OCR is ~1–5 s a page; other suites run alongside, so these get generous timeouts
describe('OCR of a scanned case file', { timeout: 240_000 }, () => {
  it('reads every key value of the original from the scan, and a second run comes from the cache', async () => {
    const engine = countingEngine();
    const provider = createOcrProvider({ engine, cacheDir });
    const texts = await provider.pageTexts(fx.scan, [1, 2, 3, 4]);
    // one reading per page, and a second (black and white) for a page with a doubtful digit
    expect(engine.calls).toBe(4 + provider.resultFor(fx.scan)!.pages.filter((p) => p.second).length);
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
      expect(Math.abs(p.skew)).toBeGreaterThan(0.2); // the scan was turned (0.6–1.2°) and straightened
    }

    const again = countingEngine();
    const second = createOcrProvider({ engine: again, cacheDir });
    const texts2 = await second.pageTexts(fx.scan, [1, 2, 3, 4]);
    expect(again.calls).toBe(0);
    expect(texts2).toEqual(texts);
    expect(second.stats()).toEqual({ recognised: 0, cached: engine.calls });
  });

  it('drops a page it cannot read instead of passing its garbage on', async () => {
    const provider = createOcrProvider({ engine: countingEngine(), cacheDir });
    const texts = await provider.pageTexts(fx.blurred, [3]);
    expect(texts).toEqual([]);
    expect(provider.resultFor(fx.blurred)!.unreadable).toEqual([3]);
  });
});

const tesseract = systemTool('tesseract', { what: 'OCR with the tesseract engine', install: 'apt-get install tesseract-ocr tesseract-ocr-chi-sim' });

describe('OCR engine missing', () => {
  it('says how to install tesseract', async () => {
    const err = await createOcrContext({ engine: tesseractEngine({ bin: '/nonexistent/tesseract' }), cacheDir: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).hint).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
  });

  it.skipIf(!tesseract.available)('says which language data is missing', async () => {
    const err = await createOcrContext({ engine: tesseractEngine({ lang: 'chi_sim+xxx_none' }), cacheDir: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toContain('xxx_none');
  });
});


const get = (c: CaseFile, f: string): unknown => f.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), c);
const norm = (f: string, v: unknown): string | undefined => (v === undefined ? undefined : f === 'id' ? caseIdKey(String(v)) : JSON.stringify(v));

// OCR is ~1–5 s a page (more while other suites run): generous timeouts
describe('importing a scanned case file', { timeout: 300_000 }, () => {
  it('gives every key field of the born-digital original, with its page and confidence', async () => {
    const born = (await runImport([fx.original], { ocr: 'off' })).dataset.cases[0]!;
    const engine = countingEngine();
    const scan = (await runImport([fx.scan], { ocr: 'auto', ocrCache: cacheDir, ocrEngine: engine })).dataset.cases[0]!;
    expect(engine.calls).toBe(0); // read above: all four pages come from the cache
    expect(born.ocr).toBeUndefined();
    expect(scan.status).toBe('ok');
    expect(scan.ocr?.pages).toEqual([1, 2, 3, 4]);
    expect(scan.ocr?.engine).toMatch(/^pdfjs [\d.]+ \| paddle PP-OCRv4 /); // renderer and engine, as the cache keys them
    const wrong: string[] = [];
    for (const f of KEY_FIELDS) {
      const want = norm(f, get(born, f));
      expect(want, `born-digital ${f}`).toBeDefined();
      if (norm(f, get(scan, f)) !== want) wrong.push(`${f}: ${JSON.stringify(get(scan, f))} ≠ ${want}`);
    }
    expect(wrong).toEqual([]);
    expect(caseIdKey(scan.id)).toBe(caseIdKey(fx.spec.id));
    expect(scan.fine).toBe(fx.spec.fine);
    expect(scan.dates).toMatchObject(fx.spec.dates);
    for (const f of ['id', 'fine', 'party.name', 'dates.decided']) {
      expect(scan.ocr?.fields?.[f]?.page, f).toBeGreaterThan(0);
      expect(scan.ocr?.fields?.[f]?.confidence, f).toBeGreaterThan(0);
    }
  });

  it('score and sample read the scan through OCR too (from the cache), not as an unread file', async () => {
    const engine = countingEngine();
    const { result } = await runScore([fx.scan], { ocr: 'auto', ocrCache: cacheDir, ocrEngine: engine });
    expect(engine.calls).toBe(0);
    expect(caseIdKey(result.files[0]!.id)).toBe(caseIdKey(fx.spec.id));
    expect(Object.values(result.files[0]!.notCheckedReasons).join(' ')).not.toMatch(/needs-ocr/);
    const drawn = await runSample([fx.scan], { seed: 's', rate: '100%', ocr: 'auto', ocrCache: cacheDir, ocrEngine: engine });
    expect(drawn.manifest.selected.map((x) => caseIdKey(x.id))).toEqual([caseIdKey(fx.spec.id)]);
    const unread = await runScore([fx.scan], { ocr: 'off' });
    expect(Object.values(unread.result.files[0]!.notCheckedReasons).join(' ')).toMatch(/needs-ocr/);
  });

  it('score --sample OCRs only the drawn scans: another case file is read no further than its first page', async () => {
    const manifest = path.join(dir, 'drawn.json');
    await runSample([fx.scan], { seed: 's', rate: '100%', ocr: 'auto', ocrCache: cacheDir, output: manifest, xlsx: false });
    const otherSpec = makeCaseSpec(7, 'ocr-not-drawn');
    const otherPdf = path.join(dir, 'other.pdf');
    await writeCasePdf(otherSpec, otherPdf);
    const other = path.join(dir, 'other-scan.pdf');
    await writeScanPdf(await rasterise(otherPdf, 200), other, { seed: 'ocr-not-drawn' });
    const engine = countingEngine();
    // the draw was made from another input (the register), so the changed inputs are allowed, as --allow-changed-input does
    const { result } = await runScore([fx.scan, other], { sample: manifest, allowChangedInput: true, ocr: 'auto', ocrCache: cacheDir, ocrEngine: engine });
    // the drawn scan comes from the cache; of the other one only page 1 (and its second opinion, if any) is read
    expect(engine.calls).toBeGreaterThanOrEqual(1);
    expect(engine.calls).toBeLessThanOrEqual(2);
    expect(result.files.map((f) => caseIdKey(f.id))).toEqual([caseIdKey(fx.spec.id)]);
  });

  it('an unreadable page gives uncertain fields, never a wrong value', async () => {
    const engine = countingEngine();
    const { dataset } = await runImport([fx.blurred], { ocr: 'auto', ocrCache: cacheDir, ocrEngine: engine });
    expect(engine.calls).toBe(0); // pages 1, 2, 4 are the scan's; page 3 was read above
    const c = dataset.cases[0]!;
    const truth = (await runImport([fx.original], { ocr: 'off' })).dataset.cases[0]!;
    expect(c.ocr?.unreadablePages).toEqual([3]);
    expect(c.status).toBe('needs-ocr');
    // the decision page held the fine and the decision date
    expect(c.uncertainFields).toEqual(expect.arrayContaining(['dates.decided']));
    for (const f of KEY_FIELDS) {
      const got = norm(f, get(c, f));
      if (got !== undefined && got !== norm(f, get(truth, f))) expect(c.uncertainFields, `${f} = ${got}`).toContain(f);
      if (got === undefined) expect(c.uncertainFields, `${f} missing`).toContain(f);
    }
    expect(dataset.warnings.some((w) => w.page === 3 && /OCR/.test(w.reason))).toBe(true);
  });

  it('caseaudit import --ocr off leaves scanned pages as needs-ocr, without calling an engine', () => {
    const out = path.join(dir, 'off.json');
    const r = runCli(['import', fx.scan, '--ocr', 'off', '-o', out, '--quiet'], { env: { PATH: '/nonexistent' } });
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(readFileSync(out, 'utf8')).cases[0];
    expect(c.status).toBe('needs-ocr');
    expect(c.ocr).toBeUndefined();
  });

  it('with nothing on PATH the default engine still reads the scan (PP-OCR and pdf.js come from npm)', () => {
    const out = path.join(dir, 'npm-only.json');
    const r = runCli(['import', fx.scan, '-o', out, '--ocr-cache', cacheDir, '--quiet'], { env: { PATH: '/nonexistent' } });
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(readFileSync(out, 'utf8')).cases[0];
    expect(c.status).toBe('ok');
    expect(c.ocr.pages).toEqual([1, 2, 3, 4]);
    expect(caseIdKey(c.id)).toBe(caseIdKey(fx.spec.id));
  });

  it('--ocr-engine tesseract without tesseract: the scan is marked needs-ocr with one warning naming it and the install command', () => {
    const out = path.join(dir, 'none.json');
    const r = runCli(['import', fx.scan, '--ocr-engine', 'tesseract', '-o', out, '--ocr-cache', path.join(dir, 'empty-cache')], { env: { PATH: '/nonexistent' } });
    expect(r.code, r.stderr).toBe(0);
    const warned = r.stderr.split('\n').filter((l) => l.includes('apt-get install tesseract-ocr tesseract-ocr-chi-sim'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain(path.basename(fx.scan)); // outside the working folder: its file name (no absolute paths in outputs)
    const d = JSON.parse(readFileSync(out, 'utf8'));
    expect(d.cases[0].status).toBe('needs-ocr');
    expect(d.cases[0].ocr).toBeUndefined();
    expect(d.warnings.filter((w: { reason: string }) => /tesseract/.test(w.reason))).toHaveLength(1);
  });

  it('--ocr require (and force) make a missing engine an error, nothing written', () => {
    for (const mode of ['require', 'force']) {
      const out = path.join(dir, `none-${mode}.json`);
      const r = runCli(['import', fx.scan, '--ocr', mode, '--ocr-engine', 'tesseract', '-o', out, '--ocr-cache', path.join(dir, 'empty-cache')], { env: { PATH: '/nonexistent' } });
      expect(r.code, mode).toBe(2);
      expect(r.stderr).toContain('tesseract');
      expect(r.stderr).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
      expect(() => readFileSync(out)).toThrow();
    }
  });
});

describe.skipIf(!tesseract.available)('the tesseract engine (optional, when installed)', { timeout: 300_000 }, () => {
  it('reads the same scan: case number, party and dates of the original', async () => {
    const engine = countingEngine(tesseractEngine());
    const scan = (await runImport([fx.scan], { ocr: 'auto', ocrCache: cacheDir, ocrEngine: engine })).dataset.cases[0]!;
    expect(engine.calls).toBeGreaterThanOrEqual(4);
    expect(scan.ocr?.engine).toMatch(/\| tesseract [\d.]+ chi_sim/);
    expect(caseIdKey(scan.id)).toBe(caseIdKey(fx.spec.id));
    expect(scan.party?.name).toBe(fx.spec.party.name);
    expect(scan.dates).toMatchObject(fx.spec.dates);
  });
});
