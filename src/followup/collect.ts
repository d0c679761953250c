/** Merge returned feedback rows with the findings: status per finding and per unit, overdue on working-day deadlines. */
import { tr } from '../i18n.js';
import { compareText } from '../analyze/stats.js';
import type { ReadFeedback } from './feedback-read.js';
import type { FeedbackProblem, FeedbackRow, FindingStatus, RectificationStatus, RectifyItem, UnitStatus } from './types.js';

export interface CollectOptions {
  /** the day the status is taken (ISO) */
  asOf: string;
  /** each unit's deadline when no workbook of it came back (from the rectify index), ISO */
  deadlines?: Record<string, string>;
}

/** Status of every finding: taken from its row when exactly one valid row of the right unit names it. */
export function collectStatus(items: RectifyItem[], read: ReadFeedback, o: CollectOptions): RectificationStatus {
  const problems: FeedbackProblem[] = [...read.problems];
  const byId = new Map(items.map((i) => [i.id, i]));
  const units = new Set(items.map((i) => i.unit));
  const deadlineOf = new Map<string, string>(Object.entries(o.deadlines ?? {}));
  for (const w of read.workbooks) {
    if (!units.has(w.unit)) {
      problems.push({ kind: 'wrong-unit', file: w.file, value: w.unit, message: tr(`反馈表所属单位“${w.unit}”在本次评查结果中没有问题项`, `the workbook's unit "${w.unit}" has no findings in these results`) });
    } else if (w.deadline && !deadlineOf.has(w.unit)) deadlineOf.set(w.unit, w.deadline);
  }
  const rowsById = new Map<string, FeedbackRow[]>();
  for (const r of read.rows) {
    const it = byId.get(r.id);
    const where = { file: r.file, sheet: r.sheet, row: r.row, value: r.id };
    if (!it) {
      problems.push({ ...where, kind: 'unknown-id', message: tr(`编号 ${r.id} 不是本次评查结果中的问题（编号被修改或来自其他批次），未采用`, `id ${r.id} is not a finding of these results (edited, or from another round); not used`) });
      continue;
    }
    if (it.unit !== r.unit) {
      problems.push({ ...where, kind: 'wrong-unit', message: tr(`编号 ${r.id} 属于“${it.unit}”，却出现在“${r.unit}”的反馈表中，未采用`, `id ${r.id} belongs to "${it.unit}" but came back in the workbook of "${r.unit}"; not used`) });
      continue;
    }
    (rowsById.get(r.id) ?? rowsById.set(r.id, []).get(r.id)!).push(r);
  }
  const findings: FindingStatus[] = items.map((it) => {
    const deadline = deadlineOf.get(it.unit) ?? null;
    const fs: FindingStatus = { id: it.id, unit: it.unit, caseId: it.caseId, ruleId: it.ruleId, problem: it.problem, basis: it.basis, deadline, status: 'open', noFeedback: true, overdue: false };
    const rows = rowsById.get(it.id) ?? [];
    if (rows.length > 1) {
      for (const r of rows) problems.push({ kind: 'duplicate', file: r.file, sheet: r.sheet, row: r.row, value: r.id, message: tr(`编号 ${r.id} 出现 ${rows.length} 次，无法判断以哪一行为准，按未反馈处理`, `id ${r.id} appears ${rows.length} times; which row counts cannot be told, treated as no feedback`) });
    } else if (rows.length === 1 && rows[0]!.status) {
      const r = rows[0]!;
      fs.status = r.status!;
      fs.noFeedback = false;
      fs.source = { file: r.file, row: r.row };
      if (r.completed) fs.completed = r.completed;
      if (r.measures) fs.measures = r.measures;
      if (r.evidence) fs.evidence = r.evidence;
    }
    if (deadline) {
      if (fs.status !== 'rectified') fs.overdue = o.asOf > deadline;
      else if (fs.completed && fs.completed > deadline) fs.late = true;
    }
    return fs;
  });
  const unitsOut: UnitStatus[] = [...units].sort(compareText).map((unit) => {
    const list = findings.filter((f) => f.unit === unit);
    return {
      unit,
      findings: list.length,
      rectified: list.filter((f) => f.status === 'rectified').length,
      inProgress: list.filter((f) => f.status === 'inProgress').length,
      open: list.filter((f) => f.status === 'open').length,
      overdue: list.filter((f) => f.overdue).length,
    };
  });
  problems.sort((a, b) => compareText(a.file, b.file) || (a.row ?? 0) - (b.row ?? 0) || compareText(a.kind, b.kind));
  return { schemaVersion: 1, asOf: o.asOf, units: unitsOut, findings, problems };
}
