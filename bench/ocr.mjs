#!/usr/bin/env node
/**
 * OCR benchmark (`npm run bench:ocr`): generates born-digital case-file PDFs and scanned copies (200 dpi grey,
 * turned 0.5–1.5°, speckled), imports both with `caseaudit`'s API, and reports pages/s and key-field accuracy
 * (fields right / fields in the answer) of the scans next to the born-digital extraction of the same files.
 * The answer is the generator's answer key; a field counts right when it equals it (ids compared by caseIdKey,
 * officers as a set of name + certificate, articles as in the born-digital extraction). Uncertain fields are
 * counted apart from wrong ones: "uncertain" is the safe outcome, "wrong" the one that must stay at zero.
 * Usage: node bench/ocr.mjs [--files N] [--jobs N] [--lang chi_sim|chi_sim+eng] [--psm N] [--keep DIR]
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { makeCaseSpec, writeCasePdf } from '../scripts/lib/case-pdf.mjs';
import { rasterise, writeScanPdf } from '../scripts/lib/scan.mjs';
import { runImport } from '../dist/index.js';
import { tesseractEngine } from '../dist/ocr/index.js';
import { caseIdKey } from '../dist/ingest/normalize/index.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const files = Number(opt('--files', '8'));
const jobs = Number(opt('--jobs', String(os.availableParallelism())));
const lang = opt('--lang', 'chi_sim');
const psm = Number(opt('--psm', '6'));
const keep = opt('--keep', undefined); // keep the generated PDFs and the OCR cache in this folder

const tmp = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'caseaudit-bench-ocr-'));
const dirs = { orig: path.join(tmp, 'orig'), scan: path.join(tmp, 'scan'), cache: path.join(tmp, 'cache') };
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });

const FIELDS = ['id', 'unit', 'party.name', 'party.creditCode', 'fine', 'violatedArticles', 'penaltyArticles', 'officers', 'dates.filed', 'dates.notified', 'dates.decided', 'dates.served'];
const get = (o, f) => f.split('.').reduce((x, k) => (x == null ? undefined : x[k]), o);
const norm = (f, v) => {
  if (v === undefined || v === null) return undefined;
  if (f === 'id') return caseIdKey(v);
  if (f === 'officers') return JSON.stringify(v.map((o) => `${o.name}/${o.certNo ?? ''}`).sort());
  if (Array.isArray(v)) return JSON.stringify([...v].sort());
  return String(v);
};

function score(cases, answers) {
  const r = { fields: 0, right: 0, uncertain: 0, wrong: 0, missing: 0, wrongList: [], uncertainList: [], missingList: [], perField: {} };
  for (const [i, ans] of answers.entries()) {
    const c = cases[i];
    for (const f of FIELDS) {
      const want = norm(f, get(ans, f));
      if (want === undefined) continue;
      r.fields++;
      const got = c ? norm(f, get(c, f)) : undefined;
      const unsure = c?.uncertainFields?.includes(f);
      const pf = (r.perField[f] ??= { right: 0, uncertain: 0, wrong: 0, missing: 0 });
      const name = c ? path.basename(c.source.file) : `#${i + 1}`;
      if (got === want && !unsure) {
        r.right++;
        pf.right++;
      } else if (unsure) {
        r.uncertain++;
        pf.uncertain++;
        r.uncertainList.push(`${name} ${f}: ${got ?? '(none)'}${got === want ? ' (value right)' : ` ≠ ${want}`}`);
      } else if (got === undefined) {
        r.missing++;
        pf.missing++;
        r.missingList.push(`${name} ${f}: want ${want}`);
      } else {
        pf.wrong++;
        r.wrong++;
        r.wrongList.push(`${path.basename(c.source.file)} ${f}: ${got} ≠ ${want}`);
      }
    }
  }
  return r;
}

try {
  console.error(`generating ${files} case files (4 pages each) and their scans…`);
  const specs = [];
  for (let i = 0; i < files; i++) {
    const spec = makeCaseSpec(i, 'bench-ocr');
    const name = `case-${String(i + 1).padStart(3, '0')}.pdf`;
    await writeCasePdf(spec, path.join(dirs.orig, name));
    await writeScanPdf(await rasterise(path.join(dirs.orig, name), 200), path.join(dirs.scan, name), { seed: `bench:${name}` });
    specs.push(spec);
  }
  const pages = files * 4;
  const engine = tesseractEngine({ lang, psm });

  let t = performance.now();
  const born = await runImport([dirs.orig], { ocr: 'off', jobs, quiet: true });
  const bornS = (performance.now() - t) / 1000;
  // the born-digital extraction gives the article strings in the extractor's own format
  const answers = specs.map((s, i) => ({ ...s, violatedArticles: born.dataset.cases[i]?.violatedArticles, penaltyArticles: born.dataset.cases[i]?.penaltyArticles }));

  t = performance.now();
  const scan = await runImport([dirs.scan], { ocr: 'auto', ocrCache: dirs.cache, ocrEngine: engine, jobs });
  const scanS = (performance.now() - t) / 1000;
  t = performance.now();
  await runImport([dirs.scan], { ocr: 'auto', ocrCache: dirs.cache, ocrEngine: tesseractEngine({ lang, psm }), jobs });
  const cachedS = (performance.now() - t) / 1000;

  const b = score(born.dataset.cases, answers);
  const s = score(scan.dataset.cases, answers);
  const pct = (x, n) => `${((100 * x) / n).toFixed(1)}%`;
  const tver = execFileSync('tesseract', ['--version']).toString().split('\n')[0];
  console.log(`# OCR benchmark — ${files} files, ${pages} pages, ${os.availableParallelism()} cores, jobs ${jobs}, ${tver}, -l ${lang} --psm ${psm}`);
  console.log('| run | time | pages/s | s/page | key fields right | uncertain | wrong | missing |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(`| born-digital (text layer) | ${bornS.toFixed(2)} s | ${(pages / bornS).toFixed(1)} | ${(bornS / pages).toFixed(3)} | ${b.right}/${b.fields} (${pct(b.right, b.fields)}) | ${b.uncertain} | ${b.wrong} | ${b.missing} |`);
  console.log(`| scans, OCR (cold cache) | ${scanS.toFixed(2)} s | ${(pages / scanS).toFixed(2)} | ${(scanS / pages).toFixed(2)} | ${s.right}/${s.fields} (${pct(s.right, s.fields)}) | ${s.uncertain} | ${s.wrong} | ${s.missing} |`);
  console.log(`| scans, second run (cache) | ${cachedS.toFixed(2)} s | ${(pages / cachedS).toFixed(1)} | ${(cachedS / pages).toFixed(3)} | | | | |`);
  const conf = scan.dataset.cases.map((c) => c.ocr?.meanConfidence ?? 0);
  console.log(`\nmean OCR confidence per file: ${conf.join(', ')}; load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  if (b.wrongList.length) console.log(`\nborn-digital wrong:\n${b.wrongList.map((x) => `- ${x}`).join('\n')}`);
  if (s.wrongList.length) console.log(`\nscan wrong:\n${s.wrongList.map((x) => `- ${x}`).join('\n')}`);
  if (s.uncertainList.length) console.log(`\nscan uncertain:\n${s.uncertainList.map((x) => `- ${x}`).join('\n')}`);
  if (s.missingList.length) console.log(`\nscan missing:\n${s.missingList.map((x) => `- ${x}`).join('\n')}`);
  console.log('\n| field | right | uncertain | wrong | missing |\n|---|---|---|---|---|');
  for (const [f, v] of Object.entries(s.perField)) console.log(`| ${f} | ${v.right} | ${v.uncertain} | ${v.wrong} | ${v.missing} |`);
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
}
