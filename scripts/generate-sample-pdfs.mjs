// Renders a subset of the sample province (samples/json/province.json) as case-file PDFs in samples/pdf/:
// one PDF per case, 6–10 pages, each document on its own page with its title, 文号 and 落款 date; plus one
// scanned-looking PDF without a text layer (pages rasterised with pdftoppm and embedded as images).
//   npm run samples:pdf
// Needs the Noto Sans Hans font from npm (@embedpdf/fonts-sc, a devDependency) and pdftoppm (poppler-utils), a
// generator-only dependency (the committed samples were made with WenQuanYi Micro Hei). Same input → same bytes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { caseDocuments, renderCasePdf } from './pdf/case-pdf.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'samples', 'pdf');
const COUNT = 20;
const MIN_DOCS = 6;
const MAX_DOCS = 10;

const province = JSON.parse(fs.readFileSync(path.join(ROOT, 'samples', 'json', 'province.json'), 'utf8'));
// every k-th case that makes a 6–10 page file, so units, types and planted defects are mixed
const usable = province.cases.filter((c) => caseDocuments(c, { maxDocuments: MAX_DOCS }).length >= MIN_DOCS);
const step = Math.max(1, Math.floor(usable.length / COUNT));
const chosen = usable.filter((_, i) => i % step === 0).slice(0, COUNT);

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const index = [];
for (const [i, c] of chosen.entries()) {
  const file = `case-${String(i + 1).padStart(2, '0')}.pdf`;
  const pages = await renderCasePdf(c, path.join(OUT, file), { maxDocuments: MAX_DOCS });
  index.push({ file, id: c.id, pages });
}

// the scanned-looking file: the first chosen case, rasterised, no text layer
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-scan-'));
execFileSync('pdftoppm', ['-r', '50', '-gray', '-png', path.join(OUT, index[0].file), path.join(tmp, 'p')]);
const pngs = fs.readdirSync(tmp).filter((f) => f.endsWith('.png')).sort();
const scan = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: 'scan', CreationDate: new Date(Date.UTC(2025, 0, 1)), ModDate: new Date(Date.UTC(2025, 0, 1)), Producer: 'caseaudit' } });
for (const png of pngs) scan.addPage().image(path.join(tmp, png), 0, 0, { width: 595.28, height: 841.89 });
await new Promise((resolve, reject) => {
  const s = fs.createWriteStream(path.join(OUT, 'scanned-01.pdf'));
  s.on('finish', resolve);
  s.on('error', reject);
  scan.pipe(s);
  scan.end();
});
fs.rmSync(tmp, { recursive: true, force: true });
index.push({ file: 'scanned-01.pdf', id: index[0].id, pages: pngs.length, scanned: true });

// a TSV, not JSON: `caseaudit import samples/pdf` must see only the PDFs
const tsv = ['file\tid\tpages\tscanned', ...index.map((f) => `${f.file}\t${f.id}\t${f.pages}\t${f.scanned ? 'yes' : 'no'}`)];
fs.writeFileSync(path.join(OUT, 'index.tsv'), `${tsv.join('\n')}\n`);
console.log(`${index.length} PDFs written to ${path.relative(process.cwd(), OUT)}`);
