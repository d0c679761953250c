#!/usr/bin/env node
/**
 * OCR benchmark (`npm run bench:ocr`): generates born-digital case-file PDFs and scanned copies (200 dpi grey,
 * turned 0.5–1.5°, speckled), imports both with `caseaudit`'s API, and reports pages/s and key-field accuracy
 * (fields right / fields in the answer) of the scans next to the born-digital extraction of the same files.
 * The answer is the generator's answer key; a field counts right when it equals it (ids compared by caseIdKey,
 * officers as a set of name + certificate, articles as in the born-digital extraction). Uncertain fields are
 * counted apart from wrong ones: "uncertain" is the safe outcome, "wrong" the one that must stay at zero.
 * Both engines (PP-OCR from npm, the default, and tesseract when installed) read the same scans in the same run,
 * each with a cold cache then from its cache; and both renderers (pdf.js, the default, and poppler's pdftoppm
 * when installed) render the same pages, timed on their own.
 * The independent scan set (tests/fixtures/scanset: 6 case files, 36 pages printed from HTML by Chromium and degraded
 * by ImageMagick — 仿宋/楷体/宋体, red seals, ruled forms, handwriting, fax, photographed, turned 90/180/270°) is read
 * by the same engines in the same run and scored against its hand-typed answer key (answers.json).
 * `--pages all,key` reads the same scans once per `--ocr-pages` mode (each with its own cold cache) and reports how
 * many pages each mode read in full, the wall time and the process CPU time per page (CPU time moves less with the
 * machine's load than wall time; worker threads count in it), and the key fields, side by side. `--continuation N`
 * gives each generated file a 询问笔录 of 1 + N pages after its 立案审批表, as real 案卷 have: its N continuation pages are
 * what `--ocr-pages key` reads at their edges only.
 * Usage: node bench/ocr.mjs [--files N] [--jobs N] [--engines paddle,tesseract,both] [--sets generated,scanset] [--pages all,key] [--continuation N] [--lang chi_sim|chi_sim+eng] [--psm N] [--keep DIR]
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { makeCaseSpec, writeCasePdf } from '../scripts/lib/case-pdf.mjs';
import { rasterise, writeScanPdf } from '../scripts/lib/scan.mjs';
import { runImport } from '../dist/index.js';
import { tesseractEngine } from '../dist/ocr/index.js';
import { resolveEngines } from '../dist/ocr/engines.js';
import { pdfjsRenderer, pdftoppmRenderer } from '../dist/ocr/render.js';
import { caseIdKey } from '../dist/ingest/normalize/index.js';
import { timed } from './harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const files = Number(opt('--files', '8'));
const jobs = Number(opt('--jobs', String(os.availableParallelism())));
const lang = opt('--lang', 'chi_sim');
const psm = Number(opt('--psm', '6'));
const engines = opt('--engines', 'paddle,tesseract').split(',');
const keep = opt('--keep', undefined); // keep the generated PDFs and the OCR cache in this folder
const sets = opt('--sets', 'generated,scanset').split(',');
const pageModes = opt('--pages', 'all').split(',');
const continuation = Number(opt('--continuation', '0')); // continuation pages per generated file (询问笔录 pages, evidence)
/** pages read only at their edges (--ocr-pages key), from the import's warnings */
const edgePages = (dataset) => dataset.warnings.map((w) => w.reason.match(/--ocr-pages key[：:]\s*(?:第 ([\d、]+) 页|pages ([\d, ]+) are)/)).filter(Boolean).reduce((n, m) => n + (m[1] ?? m[2]).split(/[、,]\s*/).length, 0);
const SCANSET = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'scanset');

const tmp = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'caseaudit-bench-ocr-'));
const dirs = { orig: path.join(tmp, 'orig'), scan: path.join(tmp, 'scan'), cache: path.join(tmp, 'cache') };
const has = (bin) => { try { execFileSync(bin, ['-v'], { stdio: 'ignore' }); return true; } catch (e) { return e.code !== 'ENOENT'; } };
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

function score(cases, answers, fields = FIELDS) {
  const r = { fields: 0, right: 0, uncertain: 0, wrong: 0, missing: 0, wrongList: [], uncertainList: [], missingList: [], perField: {} };
  for (const [i, ans] of answers.entries()) {
    const c = cases[i];
    for (const f of fields) {
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

/** The independent set: every engine on the same 36 pages, scored against the hand-typed key. */
async function benchScanset() {
  const key = JSON.parse(readFileSync(path.join(SCANSET, 'answers.json'), 'utf8')).files;
  const names = Object.keys(key).sort();
  const answers = names.map((n) => key[n]);
  const pages = answers.reduce((n, a) => n + a.pages.length, 0);
  const fields = ['id', 'unit', 'party.name', 'party.creditCode', 'fine', 'dates.filed', 'dates.notified', 'dates.decided', 'dates.served'];
  const out = [`\n# Independent scan set (tests/fixtures/scanset): ${names.length} files, ${pages} pages, key fields typed by hand`, '| engine | time (cold cache) | s/page wall | CPU s/page | key fields right | uncertain | wrong | missing |', '|---|---|---|---|---|---|---|---|'];
  const details = [];
  for (const name of engines) {
    if (name !== 'paddle' && !has('tesseract')) {
      out.push(`| ${name} | not installed | | | | | | |`);
      continue;
    }
    for (const mode of pageModes) {
    const engine = name === 'tesseract' ? tesseractEngine({ lang, psm }) : name === 'both' ? 'both' : resolveEngines(name).engine;
    const cacheDir = path.join(dirs.cache, mode === 'all' ? `scanset-${name}` : `scanset-${name}-${mode}`);
    const { value: r, wall: secs, cpu } = await timed(() => runImport([path.join(SCANSET, 'scans')], { ocr: 'auto', ocrCache: cacheDir, ocrEngine: engine, ocrPages: mode, jobs, quiet: true }));
    const cases = names.map((n) => r.dataset.cases.find((c) => path.basename(c.source.file) === n));
    const s = score(cases, answers, fields);
    const pct = (x, n) => `${((100 * x) / n).toFixed(1)}%`;
    const edges = edgePages(r.dataset);
    const label = pageModes.length > 1 ? `${name}, --ocr-pages ${mode} (${pages - edges} of ${pages} pages in full)` : name;
    out.push(`| ${label} | ${secs.toFixed(1)} s | ${(secs / pages).toFixed(2)} | ${(cpu / pages).toFixed(2)} | ${s.right}/${s.fields} (${pct(s.right, s.fields)}) | ${s.uncertain} | ${s.wrong} | ${s.missing} |`);
    details.push(`\n## scanset, ${label}`);
    if (s.wrongList.length) details.push(`wrong:\n${s.wrongList.map((x) => `- ${x}`).join('\n')}`);
    if (s.uncertainList.length) details.push(`uncertain:\n${s.uncertainList.map((x) => `- ${x}`).join('\n')}`);
    if (s.missingList.length) details.push(`missing:\n${s.missingList.map((x) => `- ${x}`).join('\n')}`);
    details.push(`| field | right | uncertain | wrong | missing |\n|---|---|---|---|---|\n${Object.entries(s.perField).map(([f, v]) => `| ${f} | ${v.right} | ${v.uncertain} | ${v.wrong} | ${v.missing} |`).join('\n')}`);
    }
  }
  console.log([...out, ...details].join('\n'));
}

try {
  if (sets.includes('generated')) await benchGenerated();
  if (sets.includes('scanset')) await benchScanset();
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
}

async function benchGenerated() {
  const perFile = 4 + (continuation ? continuation + 1 : 0);
  console.error(`generating ${files} case files (${perFile} pages each) and their scans…`);
  const specs = [];
  const sub = continuation ? `-c${continuation}` : '';
  const origDir = dirs.orig + sub;
  const scanDir = dirs.scan + sub;
  for (const d of [origDir, scanDir]) mkdirSync(d, { recursive: true });
  for (let i = 0; i < files; i++) {
    const spec = makeCaseSpec(i, 'bench-ocr');
    const name = `case-${String(i + 1).padStart(3, '0')}.pdf`;
    await writeCasePdf(spec, path.join(origDir, name), { continuation });
    await writeScanPdf(await rasterise(path.join(origDir, name), 200), path.join(scanDir, name), { seed: `bench:${name}` });
    specs.push(spec);
  }
  const pages = files * perFile;

  // rendering alone: the same pages with each renderer, one at a time
  const renderRows = [];
  for (const [name, renderer] of [['pdf.js + @napi-rs/canvas', pdfjsRenderer()], ...(has('pdftoppm') ? [['pdftoppm', pdftoppmRenderer()]] : [])]) {
    const t0 = performance.now();
    for (let i = 0; i < files; i++) {
      const pdf = await renderer.open(path.join(scanDir, `case-${String(i + 1).padStart(3, '0')}.pdf`));
      for (let p = 1; p <= perFile; p++) await pdf.render(p, 200);
      await pdf.close();
    }
    renderRows.push(`| ${name} | ${((performance.now() - t0) / pages).toFixed(0)} ms |`);
  }

  let t = performance.now();
  const born = await runImport([origDir], { ocr: 'off', jobs, quiet: true });
  const bornS = (performance.now() - t) / 1000;
  // the born-digital extraction gives the article strings in the extractor's own format
  const answers = specs.map((s, i) => ({ ...s, violatedArticles: born.dataset.cases[i]?.violatedArticles, penaltyArticles: born.dataset.cases[i]?.penaltyArticles }));
  const b = score(born.dataset.cases, answers);
  const pct = (x, n) => `${((100 * x) / n).toFixed(1)}%`;
  const rows = [`| born-digital (text layer) | ${bornS.toFixed(2)} s | ${(bornS / pages).toFixed(3)} | | ${b.right}/${b.fields} (${pct(b.right, b.fields)}) | ${b.uncertain} | ${b.wrong} | ${b.missing} | |`];
  const details = [];
  const load0 = os.loadavg()[0];
  for (const name of engines) {
    if (name !== 'paddle' && !has('tesseract')) {
      rows.push(`| ${name} | not installed | | | | | | | |`);
      continue;
    }
    for (const mode of pageModes) {
    const make = () => (name === 'tesseract' ? tesseractEngine({ lang, psm }) : resolveEngines(name).engine);
    const second = name === 'both' ? resolveEngines('both').second : undefined;
    const cache = path.join(dirs.cache, `${name}${sub}${mode === 'all' ? '' : `-${mode}`}`);
    const opts = () => ({ ocr: 'auto', ocrCache: cache, ocrEngine: name === 'both' ? 'both' : make(), ocrPages: mode, jobs });
    const { value: scan, wall: scanS, cpu } = await timed(() => runImport([scanDir], opts()));
    const label = pageModes.length > 1 ? `${name}, --ocr-pages ${mode} (${pages - edgePages(scan.dataset)} of ${pages} pages in full)` : name;
    t = performance.now();
    await runImport([scanDir], opts());
    const cachedS = (performance.now() - t) / 1000;
    const s = score(scan.dataset.cases, answers);
    const id = scan.dataset.cases.find((c) => c.ocr)?.ocr?.engine ?? name;
    rows.push(`| ${label} (\`${id}\`) | ${scanS.toFixed(1)} s | ${(scanS / pages).toFixed(2)} | ${(cpu / pages).toFixed(2)} | ${s.right}/${s.fields} (${pct(s.right, s.fields)}) | ${s.uncertain} | ${s.wrong} | ${s.missing} | ${cachedS.toFixed(2)} s |`);
    const conf = scan.dataset.cases.map((c) => c.ocr?.meanConfidence ?? 0);
    details.push(`\n## ${label}\nmean OCR confidence per file: ${conf.join(', ')}`);
    if (s.wrongList.length) details.push(`wrong:\n${s.wrongList.map((x) => `- ${x}`).join('\n')}`);
    if (s.uncertainList.length) details.push(`uncertain:\n${s.uncertainList.map((x) => `- ${x}`).join('\n')}`);
    if (s.missingList.length) details.push(`missing:\n${s.missingList.map((x) => `- ${x}`).join('\n')}`);
    details.push(`| field | right | uncertain | wrong | missing |\n|---|---|---|---|---|\n${Object.entries(s.perField).map(([f, v]) => `| ${f} | ${v.right} | ${v.uncertain} | ${v.wrong} | ${v.missing} |`).join('\n')}`);
    void second;
    }
  }
  const tver = has('tesseract') ? execFileSync('tesseract', ['--version']).toString().split('\n')[0] : 'tesseract not installed';
  console.log(`# OCR benchmark — ${files} files, ${pages} pages, ${os.availableParallelism()} cores, jobs ${jobs}; ${tver} (-l ${lang} --psm ${psm}); load average ${load0.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`);
  console.log('| engine | time (cold cache) | s/page wall | CPU s/page | key fields right | uncertain | wrong | missing | second run (cache) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log('\n| renderer (200 dpi grey, one page at a time) | per page |\n|---|---|');
  for (const r of renderRows) console.log(r);
  if (b.wrongList.length) console.log(`\nborn-digital wrong:\n${b.wrongList.map((x) => `- ${x}`).join('\n')}`);
  console.log(details.join('\n'));
}
