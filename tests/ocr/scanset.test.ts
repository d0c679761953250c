/**
 * The independent scan set (tests/fixtures/scanset: case files written as HTML, printed by Chromium, degraded by
 * ImageMagick; its answer key typed by hand) read by both engines. case-03 is printed in 楷体 with red seals over
 * the signatures, handwritten answers and signatures, and three of its six pages were scanned sideways (90°, 270°,
 * 90°). A key field may be uncertain (the safe outcome: its rules say "not checked"), never wrong: a value that
 * differs from the key must be marked uncertain. PP-OCR must also read most of them right.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runImport } from '../../src/index.js';
import { caseIdKey } from '../../src/ingest/normalize/index.js';
import { tesseractEngine } from '../../src/ocr/tesseract.js';
import { paddleEngine } from '../../src/ocr/paddle.js';
import type { CaseFile } from '../../src/model/types.js';
import type { OcrEngine } from '../../src/ocr/engine.js';
import { systemTool } from '../helpers/system-tools.js';
import { tmpDir } from '../helpers/cli.js';

const SET = path.join(import.meta.dirname, '..', 'fixtures', 'scanset');
const KEY = JSON.parse(readFileSync(path.join(SET, 'answers.json'), 'utf8')).files as Record<string, Record<string, unknown>>;
const FIELDS = ['id', 'unit', 'party.name', 'party.creditCode', 'fine', 'dates.filed', 'dates.notified', 'dates.decided', 'dates.served'];
const FILE = 'case-03.pdf';
const tesseract = systemTool('tesseract', { what: 'the scan set read by tesseract', install: 'apt-get install tesseract-ocr tesseract-ocr-chi-sim' });

const get = (o: unknown, f: string) => f.split('.').reduce<unknown>((x, k) => (x == null ? undefined : (x as Record<string, unknown>)[k]), o);
const norm = (f: string, v: unknown) => (v === undefined || v === null ? undefined : f === 'id' ? caseIdKey(String(v)) : String(v));

/** Each key field of the file as read: right, uncertain, wrong (a different value, not marked) or missing. */
function grade(c: CaseFile | undefined, key: Record<string, unknown>): Record<string, 'right' | 'uncertain' | 'wrong' | 'missing'> {
  const out: Record<string, 'right' | 'uncertain' | 'wrong' | 'missing'> = {};
  for (const f of FIELDS) {
    const got = norm(f, get(c, f));
    if (c?.uncertainFields?.includes(f)) out[f] = 'uncertain';
    else if (got === undefined) out[f] = 'missing';
    else out[f] = got === norm(f, get(key, f)) ? 'right' : 'wrong';
  }
  return out;
}

async function read(engine: OcrEngine): Promise<CaseFile | undefined> {
  const dir = tmpDir('caseaudit-scanset-');
  const r = await runImport([path.join(SET, 'scans', FILE)], { ocr: 'auto', ocrCache: path.join(dir, 'cache'), ocrEngine: engine });
  return r.dataset.cases[0];
}

describe('the independent scan set', { timeout: 600_000 }, () => {
  it(`PP-OCR reads ${FILE} (楷体, seals, handwriting, pages turned 90° and 270°): never a wrong key field, most right`, async () => {
    const c = await read(paddleEngine());
    const g = grade(c, KEY[FILE]!);
    expect(Object.entries(g).filter(([, v]) => v === 'wrong')).toEqual([]);
    // the party, fine and date of the decision page, which was scanned sideways (90°), and the 270° 告知书's date
    expect({ party: g['party.name'], fine: g.fine, decided: g['dates.decided'], notified: g['dates.notified'] }).toEqual({ party: 'right', fine: 'right', decided: 'right', notified: 'right' });
    expect(Object.values(g).filter((v) => v === 'right').length).toBeGreaterThanOrEqual(7);
  });

  it.skipIf(!tesseract.available)(`tesseract reads ${FILE}: never a wrong key field`, async () => {
    const c = await read(tesseractEngine());
    const g = grade(c, KEY[FILE]!);
    expect(Object.entries(g).filter(([, v]) => v === 'wrong')).toEqual([]);
  });
});
