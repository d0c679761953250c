/** `runPlan` and `runOverlap`: read the plan and the records, compare, write JSON (and the plan's XLSX). */
import path from 'node:path';
import { tr } from '../i18n.js';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { parsePeriod, type Period } from '../sample/period.js';
import { writeFilesAtomic } from '../util/fs.js';
import { loadExcelJS } from '../util/exceljs-lazy.js';
import { fixZipTimestamps } from '../util/zip.js';
import { xmlValue } from '../util/xml-text.js';
import { sourceDate } from '../util/time.js';
import { caseActions, executePlan, findOverlaps, readPlan, ACTION_KINDS, type Action, type OverlapResult, type PlanResult } from '../plan/index.js';
import { UsageError } from '../errors.js';
import { applyPrintSetup } from '../util/xlsx-print.js';

export interface PlanRunOptions extends OcrIngestOptions {
  plan: string;
  inputs: string[];
  /** 2025, 2025H1, 2025H2; default: the year of the latest inspection */
  period?: string;
  /** write plan.json and plan.xlsx here */
  outDir?: string;
  date?: Date;
}

async function actionsOf(inputs: string[], opts: OcrIngestOptions): Promise<Action[]> {
  const { dataset } = await ingestWithOcr(inputs, opts);
  return caseActions(dataset.cases);
}

function defaultPeriod(actions: Action[]): Period {
  const last = actions.filter((a) => a.kind === 'inspection').map((a) => a.date).sort().pop();
  if (!last) throw new UsageError(tr('输入中没有带日期的检查记录，无法确定期间', 'the inputs hold no dated inspection records; the period cannot be chosen'), { hint: tr('用 --period 2025 指定', 'pass --period 2025') });
  return parsePeriod(last.slice(0, 4));
}

/** The plan-execution tables as one workbook: units, missed, unplanned, under, over, matches made by name. */
async function planXlsx(r: PlanResult, date: Date): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'caseaudit';
  wb.created = wb.modified = date;
  const sheet = (name: string, header: string[], rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    for (const row of rows) ws.addRow(row.map((v) => (v === null ? '' : xmlValue(v))));
    ws.columns.forEach((c, i) => (c.width = Math.min(50, Math.max(10, header[i]!.length * 2 + 4))));
    if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    applyPrintSetup(ws, { title: `计划执行 ${name}`, gridlines: true });
  };
  sheet('各单位', ['执法单位', '计划企业', '已检查企业', '应检查次数', '已检查次数', '执行率', '未检查', '计划外', '检查不足', '检查过多'], r.units.map((u) => [u.unit, u.plannedEnterprises, u.inspectedEnterprises, u.plannedInspections, u.inspections, u.executionRate, u.missed, u.unplanned, u.under, u.over]));
  sheet('未检查', ['执法单位', '企业名称', '统一社会信用代码', '监管类别', '应检查次数', '其他单位检查'], r.missed.map((m) => [m.unit, m.name, m.creditCode, m.category === 'key' ? '重点' : m.category === 'general' ? '一般' : '', m.due, m.inspectedByOthers.join('、')]));
  sheet('计划外', ['执法单位', '企业名称', '统一社会信用代码', '案卷', '列入其他单位计划'], r.unplanned.map((m) => [m.unit, m.name, m.creditCode, m.cases.join('、'), m.inPlanOf.join('、')]));
  sheet('检查不足', ['执法单位', '企业名称', '统一社会信用代码', '应检查次数', '已检查次数'], r.under.map((m) => [m.unit, m.name, m.creditCode, m.due, m.done]));
  sheet('检查过多', ['执法单位', '企业名称', '统一社会信用代码', '应检查次数', '已检查次数'], r.over.map((m) => [m.unit, m.name, m.creditCode, m.due, m.done]));
  sheet('按名称匹配', ['执法单位', '案卷', '计划中的名称', '案卷中的名称', '统一社会信用代码', '名称完全相同'], r.nameMatches.map((m) => [m.unit, m.caseId, m.planName, m.caseName, m.creditCode, m.exact ? '是' : '否']));
  const help = wb.addWorksheet('说明');
  help.addRow([`期间 ${r.period.id}（${r.period.from} 至 ${r.period.to}）`]);
  help.addRow([`按比例计算规则：${r.rule}`]);
  help.getColumn(1).width = 90;
  help.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  applyPrintSetup(help, { title: '计划执行 说明', headerRows: 0, orientation: 'portrait' });
  return fixZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()), date);
}

/** The `caseaudit plan` core. */
export async function runPlan(o: PlanRunOptions): Promise<{ result: PlanResult; files: string[] }> {
  const plan = await readPlan(o.plan);
  const actions = await actionsOf(o.inputs, o);
  const period = o.period ? parsePeriod(o.period) : defaultPeriod(actions);
  const result = executePlan(plan, actions, period);
  const files: string[] = [];
  if (o.outDir) {
    const out = [
      { path: path.join(o.outDir, 'plan.json'), data: `${JSON.stringify(result, null, 2)}\n` },
      { path: path.join(o.outDir, 'plan.xlsx'), data: await planXlsx(result, o.date ?? sourceDate()) },
    ];
    await writeFilesAtomic(out);
    files.push(...out.map((f) => f.path));
  }
  return { result, files };
}

export interface OverlapRunOptions extends OcrIngestOptions {
  inputs: string[];
  windowDays?: number;
  kinds?: string[];
  plan?: string;
  period?: string;
  output?: string;
}

/** Parse --actions inspection,penalty,…; an unknown kind is a usage error naming it. */
export function parseKinds(list: string[] | undefined): Action['kind'][] {
  const kinds = (list ?? ['inspection', 'penalty', 'coercion']).flatMap((k) => k.split(',')).map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(ACTION_KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) throw new UsageError(tr(`未知的执法行为：${bad.join('、') || '（空）'}`, `unknown action kind: ${bad.join(', ') || '(empty)'}`), { hint: tr(`可选：${ACTION_KINDS.join(', ')}`, `choose from ${ACTION_KINDS.join(', ')}`) });
  return [...new Set(kinds)] as Action['kind'][];
}

/** The `caseaudit overlap` core. */
export async function runOverlap(o: OverlapRunOptions): Promise<OverlapResult> {
  const kinds = parseKinds(o.kinds);
  const plan = o.plan ? await readPlan(o.plan) : undefined;
  const actions = await actionsOf(o.inputs, o);
  const period = o.period ? parsePeriod(o.period) : plan ? defaultPeriod(actions) : undefined;
  const result = findOverlaps(actions, { windowDays: o.windowDays ?? 30, kinds, period, plan });
  if (o.output && o.output !== '-') await writeFilesAtomic([{ path: o.output, data: `${JSON.stringify(result, null, 2)}\n` }]);
  return result;
}
