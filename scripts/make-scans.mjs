#!/usr/bin/env node
/**
 * `npm run samples:scans`: scanned copies of sample case files in samples/scans/ — each page rasterised at
 * 200 dpi grey (pdf.js), turned 0.5–1.5°, lightly speckled, and wrapped back into an image-only PDF (pdfkit).
 * Sources: the first files of samples/pdf/ when present, else born-digital case files generated here
 * (scripts/lib/case-pdf.mjs, with their answer key). Seeded: the same run gives the same files.
 * Usage: node scripts/make-scans.mjs [--count N] [--out DIR]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCaseSpec, writeCasePdf } from './lib/case-pdf.mjs';
import { rasterise, writeScanPdf } from './lib/scan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const count = Number(opt('--count', '2'));
const outDir = path.resolve(opt('--out', path.join(root, 'samples', 'scans')));
mkdirSync(outDir, { recursive: true });

const pdfDir = path.join(root, 'samples', 'pdf');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseaudit-scans-'));
const manifest = { seed: 'samples-scans', dpi: 200, files: [] };
try {
  let sources = existsSync(pdfDir) ? readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort().slice(0, count).map((f) => ({ pdf: path.join(pdfDir, f), name: f })) : [];
  if (!sources.length) {
    sources = [];
    for (let i = 0; i < count; i++) {
      const spec = makeCaseSpec(i, 'samples-scans');
      const pdf = path.join(tmp, `case-${i + 1}.pdf`);
      await writeCasePdf(spec, pdf);
      sources.push({ pdf, name: `case-${i + 1}.pdf`, spec });
    }
  }
  for (const s of sources) {
    const out = path.join(outDir, s.name.replace(/\.pdf$/i, '-scan.pdf'));
    await writeScanPdf(await rasterise(s.pdf, 200), out, { seed: `samples-scans:${s.name}` });
    manifest.files.push({ scan: path.relative(root, out), source: s.spec ? '(generated)' : path.relative(root, s.pdf), ...(s.spec ? { answer: s.spec } : {}) });
    process.stderr.write(`wrote ${path.relative(process.cwd(), out)}\n`);
  }
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
