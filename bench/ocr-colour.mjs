#!/usr/bin/env node
/**
 * Red seals in colour scans (`node bench/ocr-colour.mjs [--keep DIR]`): the sealed pages of the independent scan set
 * scanned in colour (tests/fixtures/scanset/colour/seals.pdf: the 告知书 and 决定书 of case-01, -03 and -05, built by
 * `node tests/fixtures/scanset/build.mjs --colour`) read by PP-OCR twice in the same run: rendered to grey by luma
 * (the seal a mid grey) and with the red ink faded out (src/ocr/red-ink.ts, the default). Reports per page the
 * signature's date (right and sure?), the lines read that are seal fragments (a line of 1–3 characters in the
 * signature block) and the mean confidence; the dates are the answer key's (answers.json).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createOcrContext, ocrPages } from '../dist/ocr/pipeline.js';
import { repairOcrPages } from '../dist/ocr/provider.js';
import { signatureDate } from '../dist/ocr/seal-date.js';
import { pdfjsRenderer } from '../dist/ocr/render.js';
import { paddleEngine } from '../dist/ocr/paddle.js';

const args = process.argv.slice(2);
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
const dir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'caseaudit-bench-colour-'));
const FILE = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'scanset', 'colour', 'seals.pdf');
// the answer key's 告知书 / 决定书 dates of case-01, case-03, case-05 (answers.json), in page order
const WANT = ['2025-04-08', '2025-04-21', '2025-06-24', '2025-07-08', '2025-08-05', '2025-08-19'];
const iso = (s) => `${s.year}-${s.month.padStart(2, '0')}-${s.day.padStart(2, '0')}`;

const rows = ['| grey conversion | signature dates right and sure | seal fragments read | mean confidence | s/page (cold) |', '|---|---|---|---|---|'];
for (const dropRed of [false, true]) {
  const engine = paddleEngine({ workers: 1 });
  const ctx = await createOcrContext({ engine, renderer: pdfjsRenderer({ dropRed }), cacheDir: path.join(dir, dropRed ? 'red-dropped' : 'luma'), jobs: 1 });
  const t0 = Date.now();
  const raw = await ocrPages(ctx, FILE, WANT.map((_, i) => i + 1));
  const secs = (Date.now() - t0) / 1000 / WANT.length;
  const pages = repairOcrPages(raw);
  let right = 0;
  let fragments = 0;
  for (const [i, p] of pages.entries()) {
    const s = signatureDate(p);
    if (s?.sure && iso(s) === WANT[i]) right++;
    // the signature block: the lines after the last body sentence (。), short lines there are seal characters read
    const lines = p.text.split('\n');
    const last = lines.findLastIndex((l) => /。/.test(l));
    fragments += lines.slice(last + 1).filter((l) => l.replace(/\s/g, '').length <= 3).length;
    fragments += lines.slice(last + 1).reduce((n, l) => n + l.split(/\s+/).filter((w) => w && w.length <= 2 && !/\d/.test(w) && l.trim() !== w).length, 0);
  }
  const mean = raw.reduce((s, p) => s + p.meanConfidence, 0) / raw.length;
  rows.push(`| ${dropRed ? 'red ink faded out (red-ink.ts)' : 'luma (R, G, B weighted)'} | ${right}/${WANT.length} | ${fragments} | ${mean.toFixed(1)} | ${ctx.stats.recognised ? secs.toFixed(1) : '(cached)'} |`);
}
console.log(`# Red seals in colour scans: ${WANT.length} pages (tests/fixtures/scanset/colour/seals.pdf), PP-OCR\n${rows.join('\n')}`);
