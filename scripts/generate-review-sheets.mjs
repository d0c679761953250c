#!/usr/bin/env node
/**
 * Generate the demo's filled reviewer sheets (npm run samples:reviews): the demo's draw and assignment (same config as
 * `caseaudit demo`), one sheet per reviewer filled in as a reviewer would, and the chair's rulings on half of the
 * disagreements. Deterministic (every choice from SHA-256 of fixed text): same inputs → same bytes.
 *
 * How the "reviewers" judge: each manual item has a true state (defect in about 1 of 8); a reviewer reports it
 * correctly most of the time, 王敏 is a little harsh (sometimes a defect where there is none) and 刘洋 a little
 * soft (sometimes misses one); an automatic finding is now and then wrong (e.g. the data missed a document) and a
 * reviewer who notices marks it 符合 with a reason. The chair rules on the first half of the disagreements.
 * Usage: node scripts/generate-review-sheets.mjs [OUT_DIR]   (default: samples/reviews/; needs `npm run build`)
 */
import path from 'node:path';
import os from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));
const { demoConfig } = await dist('api/demo.js');
const { runSample } = await dist('sample/run.js');
const { buildAssignment } = await dist('review/run.js');
const { evaluateCases, scoreCases } = await dist('score/index.js');
const { buildWorksheet, COLUMNS } = await dist('score/worksheet.js');
const { readReviewSheets } = await dist('score/read-reviews.js');
const { fixZipTimestamps } = await dist('util/zip.js');
const { ingest } = await dist('ingest/index.js');

const outDir = path.resolve(process.argv[2] ?? path.join(root, 'samples', 'reviews'));
/** A number in [0, 1) from text. */
const u = (...parts) => parseInt(createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 8), 16) / 2 ** 32;
const col = (key) => COLUMNS.findIndex((c) => c.key === key) + 1;

const REASONS = {
  'discretion-benchmark': '未说明适用裁量基准的理由',
  'discretion-necessity': '未说明采取强制措施的必要性',
  'documents-correct': '文书中当事人名称前后不一致',
  'archive-complete': '卷内目录与材料页码不符',
  'legal-application': '引用条款未具体到项',
  'record-signed': '检查记录缺被检查单位负责人签字',
  'coercion-procedure': '未当场告知当事人采取强制措施的理由',
  'coercion-term': '查封期限届满未作处理决定',
};
const HARSH = '王敏';
const SOFT = '刘洋';

/** Fill one reviewer's sheet in place, row by row. */
async function fill(buffer, reviewer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  const ws = wb.getWorksheet('评查表');
  ws.eachRow((row, n) => {
    if (n === 1 || !row.getCell(col('itemId')).value) return; // the header, or the band naming a case above its items
    const id = String(row.getCell(col('caseId')).value);
    const item = String(row.getCell(col('itemId')).value);
    const manual = row.getCell(col('mode')).value === '人工';
    const auto = row.getCell(col('auto')).value;
    const set = (verdict, reason) => {
      row.getCell(col('verdict')).value = verdict;
      if (reason) row.getCell(col('reason')).value = reason;
    };
    if (manual) {
      const truth = u('truth', id, item) < 0.125;
      const slip = u('slip', reviewer, id, item);
      let sees = truth ? slip >= 0.06 : slip < 0.03;
      if (reviewer === HARSH && !truth && u('harsh', id, item) < 0.08) sees = true;
      if (reviewer === SOFT && truth && u('soft', id, item) < 0.3) sees = false;
      set(sees ? '不符合' : '符合', sees ? (REASONS[item] ?? '存在问题') : undefined);
    } else if (auto === '发现问题' && u('auto-wrong', id, item) < 0.06 && u('notices', reviewer, id, item) < 0.75) {
      set('符合', '经核查卷内材料，自动结果有误：相关文书在卷');
    }
  });
  return fixZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseaudit-reviews-'));
try {
  const cfg = demoConfig(path.join(tmp, 'out'));
  const manifest = path.join(tmp, 'manifest.json');
  await runSample(cfg.inputs, { seed: cfg.seed, period: cfg.period, periodDate: cfg.periodDate, preset: cfg.preset, rate: cfg.rate, min: cfg.min, strata: cfg.strata, kind: 'cases', output: manifest, xlsx: false });
  const r = cfg.review;
  const { assignment } = await buildAssignment(manifest, cfg.inputs, { reviewers: r.reviewers, seed: r.seed ?? cfg.seed, perFile: r.perFile ?? 1, avoid: r.avoid ?? 'unit' });
  const { dataset } = await ingest(cfg.inputs);
  // as the run scores them: the schemes read with the cases (an inspection's scheme says whether experts were due)
  const rules = { checklists: cfg.checklist, schemes: dataset.schemes };
  const byId = new Map(dataset.cases.map((c) => [c.id, c]));
  const drawn = assignment.files.map((f) => byId.get(f.id));
  const states = evaluateCases(drawn, rules);
  const stateOf = new Map(states.map((s) => [s.caseFile.id, s]));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'sheets'), { recursive: true });
  const files = [];
  for (const rev of assignment.reviewers) {
    const mine = assignment.files.filter((f) => f.reviewers.includes(rev.name)).map((f) => stateOf.get(f.id));
    const file = path.join(outDir, 'sheets', `${rev.name}.xlsx`);
    writeFileSync(file, await fill(await buildWorksheet(mine, { reviewer: rev.name }), rev.name));
    files.push(file);
  }
  // the chair rules on the first half of the disagreements, siding with the harsher reading when the facts support it
  const merged = scoreCases(drawn, { ...rules, reviews: await readReviewSheets(files) });
  const open = merged.disagreements.slice(0, Math.ceil(merged.disagreements.length / 2));
  const rulings = new Map(open.map((d) => [`${d.id}\u0000${d.itemId}`, u('truth', d.id, d.itemId) < 0.125 ? d.entries.find((e) => e.verdict === 'defect') ?? d.entries[0] : d.entries.find((e) => e.verdict !== 'defect') ?? d.entries[0]]));
  const chairBook = new ExcelJS.Workbook();
  await chairBook.xlsx.load(await buildWorksheet(evaluateCases(drawn, rules), { reviewer: '周评（评查组长）', only: new Set(rulings.keys()) }));
  chairBook.getWorksheet('评查表').eachRow((row, n) => {
    if (n === 1 || !row.getCell(col('itemId')).value) return; // header or case band
    const e = rulings.get(`${row.getCell(col('caseId')).value}\u0000${row.getCell(col('itemId')).value}`);
    row.getCell(col('verdict')).value = e.verdict === 'defect' ? '不符合' : e.verdict === 'na' ? '不适用' : '符合';
    if (e.verdict === 'defect') row.getCell(col('deduction')).value = e.deduction;
    row.getCell(col('reason')).value = e.verdict === 'defect' ? `经合议，${e.reason ?? '存在问题'}` : '经合议，材料符合要求';
  });
  writeFileSync(path.join(outDir, 'chair.xlsx'), fixZipTimestamps(new Uint8Array(await chairBook.xlsx.writeBuffer())));
  console.log(`wrote ${files.length} reviewer sheets and chair.xlsx into ${path.relative(process.cwd(), outDir) || outDir}: ${merged.disagreements.length} disagreements, ${open.length} ruled by the chair`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
