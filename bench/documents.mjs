#!/usr/bin/env node
/**
 * Drawn-only reading benchmark (`npm run bench:documents`): a case register (台账) of M cases and the M case files as
 * scanned PDFs (generated as bench/ocr.mjs does: born-digital 4-page case files from scripts/lib/case-pdf.mjs, printed
 * to 200 dpi grey scans by scripts/lib/scan.mjs). A draw of N is made from the register; then, in the same run, each
 * with the same OCR engine and a cold cache:
 *   - baseline: `caseaudit import` of all M PDFs (every page OCR'd), what an office without the register workflow does;
 *   - `score --documents` drawn-only, the PDFs named by case number: only the N drawn files are opened;
 *   - `score --documents` drawn-only, the PDFs under scanner names (SCAN0001.pdf …): the N drawn files are read, the
 *     others only to page 1 (their case number decides) — the worst case of the workflow.
 * Reported: wall and CPU seconds, the engine's readings (a reading is one page image, or a part of one, given to the
 * engine: ≈ pages OCR'd), and the ratio to the baseline. Each run starts from an empty OCR cache of its own. Small
 * sizes by default: the machine is shared.
 * Usage: node bench/documents.mjs [--cases M] [--draw N] [--jobs N] [--engine paddle|tesseract] [--keep DIR]
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { makeCaseSpec, writeCasePdf } from '../scripts/lib/case-pdf.mjs';
import { rasterise, writeScanPdf } from '../scripts/lib/scan.mjs';
import { runImport, runSample, runScore } from '../dist/index.js';
import { resolveEngines } from '../dist/ocr/engines.js';
import { timed } from './harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const M = Number(opt('--cases', '8'));
const N = Number(opt('--draw', '2'));
const jobs = Number(opt('--jobs', '1'));
const engineName = opt('--engine', 'paddle');
const keep = opt('--keep', undefined);
if (!(N >= 1 && N < M)) throw new Error(`--draw must be 1 … ${M - 1}`);

const tmp = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'caseaudit-bench-documents-'));
const dirs = { orig: path.join(tmp, 'orig'), byNumber: path.join(tmp, 'pdfs-by-number'), byScanner: path.join(tmp, 'pdfs-scanner-names'), out: path.join(tmp, 'out') };
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
/** An empty OCR cache of its own for each run (the default ~/.cache/caseaudit/ocr would answer the later runs). */
let caches = 0;
const coldCache = () => {
  const dir = path.join(tmp, `cache-${++caches}`);
  rmSync(dir, { recursive: true, force: true });
  return dir;
};

/** The engine, counting what it is given to read. */
function countingEngine() {
  const inner = resolveEngines(engineName).engine;
  const counter = { readings: 0 };
  const engine = {
    id: inner.id,
    name: inner.name,
    turnsUpsideDown: inner.turnsUpsideDown,
    check: () => inner.check(),
    recognize: (image, hints) => {
      counter.readings++;
      return inner.recognize(image, hints);
    },
  };
  return { engine, counter };
}


try {
  // M case files with distinct case numbers, their scans, and the register listing them
  console.error(`generating ${M} case files (4 pages each) and their scans…`);
  const specs = [];
  for (let i = 0; specs.length < M; i++) {
    const spec = makeCaseSpec(i, 'bench-documents');
    if (specs.some((s) => s.id === spec.id)) continue;
    specs.push(spec);
  }
  for (const [i, spec] of specs.entries()) {
    const orig = path.join(dirs.orig, `case-${String(i + 1).padStart(3, '0')}.pdf`);
    await writeCasePdf(spec, orig);
    const scan = path.join(dirs.byNumber, `${spec.id}.pdf`);
    await writeScanPdf(await rasterise(orig, 200), scan, { seed: `bench-documents:${i}` });
    copyFileSync(scan, path.join(dirs.byScanner, `SCAN${String(i + 1).padStart(4, '0')}.pdf`));
  }
  const register = path.join(tmp, 'register.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('案件台账');
  ws.addRow(['案件编号', '执法单位', '案件类型', '当事人', '统一社会信用代码', '罚款金额（元）', '立案日期', '告知日期', '决定日期', '送达日期']);
  for (const s of specs) ws.addRow([s.id, s.unit, '行政处罚', s.party.name, s.party.creditCode, s.fine, s.dates.filed, s.dates.notified, s.dates.decided, s.dates.served]);
  await wb.xlsx.writeFile(register);
  const manifest = path.join(tmp, 'drawn.json');
  const drawn = await runSample([register], { rate: `${(100 * N) / M}%`, strata: 'none', seed: '20250701', output: manifest, xlsx: false, force: true });
  if (drawn.manifest.selected.length !== N) throw new Error(`drew ${drawn.manifest.selected.length}, not ${N}`);
  const pages = M * 4;

  const rows = [];
  const load0 = os.loadavg()[0];
  {
    const { engine, counter } = countingEngine();
    const r = await timed(() => runImport([dirs.byNumber], { ocr: 'auto', ocrEngine: engine, ocrCache: coldCache(), jobs, quiet: true }));
    const ocrPages = r.value.dataset.cases.reduce((n, c) => n + (c.ocr?.pages.length ?? 0), 0);
    if (r.value.dataset.cases.length !== M) throw new Error(`import read ${r.value.dataset.cases.length} cases, not ${M}`);
    rows.push({ label: `baseline: \`import\` of all ${M} PDFs`, ...r, readings: counter.readings, note: `${ocrPages} pages OCR'd by the records' own count` });
  }
  for (const [label, dir] of [[`\`score --documents\`, drawn ${N} of ${M}, PDFs named by case number`, dirs.byNumber], [`\`score --documents\`, drawn ${N} of ${M}, PDFs under scanner names`, dirs.byScanner]]) {
    const { engine, counter } = countingEngine();
    const r = await timed(() => runScore([register], { sample: manifest, documents: [dir], ocr: 'auto', ocrEngine: engine, ocrCache: coldCache(), jobs, output: path.join(dirs.out, `${path.basename(dir)}.json`) }));
    const d = r.value.result.documents;
    if (d.matched !== N) throw new Error(`${label}: ${d.matched} drawn files read from their PDF, not ${N}`);
    const unread = r.value.result.files.filter((f) => f.document && f.status !== 'ok');
    if (unread.length) throw new Error(`${label}: ${unread.map((f) => f.id).join(', ')} left unread (needs-ocr)`);
    rows.push({ label, ...r, readings: counter.readings, note: `matched ${d.matched}, not drawn ${d.notDrawn} (opened to page 1: ${d.notDrawnOpened})` });
  }
  const base = rows[0];
  console.log(`\n# Drawn-only reading: a register of ${M} cases, ${M} scanned PDFs (${pages} pages), a draw of ${N}; engine ${engineName}, --jobs ${jobs}, each run with a cold OCR cache`);
  console.log('| run | wall s | CPU s | pages OCR\'d (engine readings) | wall vs baseline | notes |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const ratio = r === base ? '1' : `${(r.wall / base.wall).toFixed(2)} (${(base.wall / r.wall).toFixed(1)}× faster)`;
    console.log(`| ${r.label} | ${r.wall.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.readings} | ${ratio} | ${r.note ?? ''} |`);
  }
  console.log(`\nload average (1 min) at start ${load0.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}; ${os.cpus().length} CPUs. Born-digital PDFs in ${dirs.orig}${keep ? '' : ' (removed)'}.`);
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
}
