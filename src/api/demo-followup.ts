/**
 * The after-the-audit part of the demo (issue 24): the 2025H1 audit's rectification notices, two units' filled-in
 * feedback workbooks (one complete, one with an overdue item), the collected status, then the 2025H2 audit compared
 * with 2025H1 (--previous, --rectification, problem focus) and the 通报/约谈 it triggers. Everything under
 * out/followup/, with fixed dates so two runs give the same bytes.
 */
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { tr, type Lang } from '../i18n.js';
import { runSample } from '../sample/index.js';
import { runScore } from '../score/run.js';
import { runCollect, runRectify } from './rectify.js';
import { analyzeInputs, writeReport } from './report.js';
import { loadReportInputs } from './inputs.js';
import { attachFollowup } from './followup-report.js';
import type { EscalationConfig } from '../followup/escalate.js';
import type { RectifyItem } from '../followup/types.js';
import type { Dataset } from '../model/types.js';
import { ExcelJS } from '../ingest/excel/exceljs.js';
import { fixZipTimestamps } from '../util/zip.js';
import { SAMPLES_DIR } from '../util/paths.js';
import { runOverlap, runPlan } from './plan.js';

/** The demo's thresholds (a config would hold them under followup.escalation). */
export const DEMO_ESCALATION: EscalationConfig = {
  circular: { meanScoreBelow: 70, failShareAbove: 0.4 },
  summons: { repeatedRule: true, overdueAbove: 1 },
};

const H1_ISSUED = '2025-07-01';
const H1_STATUS_AS_OF = '2025-08-29';
const H2_DATE = new Date('2026-01-05T00:00:00Z');

/** Fill a unit's workbook the way the unit would: measures, dates, material, status; `open` rows stay 整改中. */
async function fillFeedback(from: string, to: string, items: RectifyItem[], openIds: Set<string>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet('整改反馈')!;
  const byId = new Map(items.map((i) => [i.id, i]));
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const item = byId.get(String(row.getCell(1).value));
    if (!item) continue;
    const open = openIds.has(item.id);
    row.getCell(8).value = open ? '已组织专题培训，正在逐案补正' : `已对照评查意见整改：${item.countermeasure.zh}`;
    if (!open) row.getCell(9).value = new Date(Date.UTC(2025, 6, 10 + r)); // 2025-07-12 …
    row.getCell(10).value = open ? '' : `整改报告及附件（${item.caseId}）`;
    row.getCell(11).value = open ? '整改中' : '已整改';
  }
  const date = new Date(`${H1_STATUS_AS_OF}T00:00:00Z`);
  wb.created = wb.modified = date;
  await fsp.writeFile(to, fixZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()), date));
}

/** Run the follow-up demo after the main demo wrote results.json and dataset.json into outDir; returns the files written. */
export async function runFollowupDemo(o: { outDir: string; inputs: string[]; seed: string; lang: Lang; issuer: string; onProgress?: (m: string) => void }): Promise<string[]> {
  const progress = o.onProgress ?? (() => {});
  const dir = path.join(o.outDir, 'followup');
  await fsp.rm(dir, { recursive: true, force: true });
  const files: string[] = [];
  const h1Results = path.join(o.outDir, 'results.json');

  progress(tr('整改：2025年上半年整改通知书与反馈表…', 'follow-up: 2025H1 rectification notices and feedback workbooks…'));
  const h1 = await runRectify({ results: h1Results, outDir: path.join(dir, 'rectify-2025H1'), issued: H1_ISSUED, issuer: o.issuer, period: '2025H1', lang: o.lang, date: new Date(`${H1_ISSUED}T00:00:00Z`) });
  files.push(...h1.files);

  // two units send their workbooks back: the first with ≥3 findings complete, the second with one item still 整改中 (overdue)
  const index = JSON.parse(await fsp.readFile(path.join(dir, 'rectify-2025H1', 'rectify.json'), 'utf8')) as { items: RectifyItem[] };
  const [done, late] = h1.units.filter((u) => u.findings >= 3);
  const returned = path.join(dir, 'returned');
  await fsp.mkdir(returned, { recursive: true });
  for (const [u, open] of [[done, false], [late, true]] as const) {
    if (!u) continue;
    const items = index.items.filter((i) => i.unit === u.unit);
    const to = path.join(returned, path.basename(u.feedback));
    await fillFeedback(path.join(dir, 'rectify-2025H1', u.feedback), to, items, new Set(open ? [items[0]!.id] : []));
    files.push(to);
  }

  progress(tr('整改：汇总报回的反馈表…', 'follow-up: collecting the returned workbooks…'));
  const statusFile = path.join(dir, 'status-2025H1.json');
  await runCollect({ feedback: returned, results: h1Results, output: statusFile, asOf: H1_STATUS_AS_OF, index: path.join(dir, 'rectify-2025H1', 'rectify.json') });
  files.push(statusFile);

  progress(tr('下半年：抽取并评查 2025年下半年案卷…', 'second half: drawing and scoring the 2025H2 files…'));
  const h2 = path.join(dir, '2025H2');
  await runSample(o.inputs, { seed: o.seed, period: '2025H2', preset: 'semiannual-cases', kind: 'cases', output: path.join(h2, 'manifest-cases.json'), xlsx: false });
  await runScore(o.inputs, { sample: path.join(h2, 'manifest-cases.json'), output: path.join(h2, 'results.json') });
  files.push(path.join(h2, 'manifest-cases.json'), path.join(h2, 'results.json'));

  progress(tr('下半年：报告（与上期对比、问题聚焦、整改情况）…', 'second half: report (compared with H1, problem focus, rectification)…'));
  // as runReport, with the cover's file paths relative to the output folder (same bytes wherever -o points)
  const inputs = await loadReportInputs({ results: path.join(h2, 'results.json'), manifest: path.join(h2, 'manifest-cases.json'), dataset: path.join(o.outDir, 'dataset.json') });
  const analysis = analyzeInputs(inputs, { period: '2025H2', ranBy: o.issuer, date: H2_DATE });
  // the plan sections (issue 25) see the province's records plus the extra records that overlap
  const extra = JSON.parse(await fsp.readFile(path.join(SAMPLES_DIR, 'plan', 'records-2025-extra.json'), 'utf8')) as Dataset;
  const records = { ...inputs.dataset!, cases: [...inputs.dataset!.cases, ...extra.cases] };
  await attachFollowup(analysis, records, { previous: path.join(o.outDir, 'report.json'), rectification: statusFile, plan: path.join(SAMPLES_DIR, 'plan', 'plan-2025.xlsx') }, o.lang);
  for (const s of analysis.cover.sources) s.path = s.path.startsWith(SAMPLES_DIR) ? `samples${s.path.slice(SAMPLES_DIR.length).split(path.sep).join('/')}` : path.relative(o.outDir, s.path).split(path.sep).join('/');
  const report = { files: await writeReport(analysis, { formats: ['html', 'md', 'docx', 'json', 'focus'], outDir: h2, period: '2025H2', ranBy: o.issuer, issuer: o.issuer, lang: o.lang, date: H2_DATE }) };
  files.push(...report.files);


  progress(tr('下半年：整改通知书、通报（草稿）与约谈名单…', 'second half: notices, draft circular and summons list…'));
  const h2Rect = await runRectify({ results: path.join(h2, 'results.json'), outDir: path.join(h2, 'rectify'), issuer: o.issuer, period: '2025H2', lang: o.lang, date: H2_DATE, escalation: DEMO_ESCALATION, previous: h1Results, status: statusFile });
  files.push(...h2Rect.files);

  // issue 25: the bundled sample plan against the province's records (plus the extra records that overlap)
  progress(tr('计划执行与重复执法（samples/plan）…', 'plan execution and overlaps (samples/plan)…'));
  const planDir = path.join(dir, 'plan');
  const recordFiles = [...o.inputs, path.join(SAMPLES_DIR, 'plan', 'records-2025-extra.json')];
  const planFile = path.join(SAMPLES_DIR, 'plan', 'plan-2025.xlsx');
  const plan = await runPlan({ plan: planFile, inputs: recordFiles, period: '2025', outDir: planDir, date: H2_DATE });
  files.push(...plan.files);
  await runOverlap({ inputs: recordFiles, windowDays: 30, plan: planFile, period: '2025', output: path.join(planDir, 'overlaps.json') });
  files.push(path.join(planDir, 'overlaps.json'));
  return files;
}
