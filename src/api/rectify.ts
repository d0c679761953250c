/**
 * `runRectify`: score results → one rectification notice (DOCX + HTML) and one feedback workbook per audited
 * unit with findings, an index (rectify.json), and — when thresholds are configured and met — the draft 通报
 * and the 约谈 list. `runCollect`: returned workbooks → status per finding and per unit. All files or none.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { ConfigError, UsageError } from '../errors.js';
import { getLang, local, tr, type Lang } from '../i18n.js';
import { addWorkingDays, loadCalendar, DEFAULT_CALENDAR_DIR } from '../checklist/calendar.js';
import { sha256File, writeFilesAtomic } from '../util/fs.js';
import { sourceDate } from '../util/time.js';
import { toolVersion } from '../util/paths.js';
import { checkScoreResults, readJson } from './inputs.js';
import { ruleTitles } from './hooks.js';
import { loadPrevious, loadStatus } from './followup-inputs.js';
import {
  buildCircular,
  buildFeedbackWorkbook,
  buildNotice,
  collectStatus,
  escalate,
  fileSafe,
  itemsByUnit,
  NO_UNIT,
  loadCountermeasures,
  missingInputs,
  readFeedback,
  readFeedbackWorkbook,
  type ReadFeedback,
  rectifyItems,
  renderOfficialDocx,
  renderOfficialHtml,
  summonsMarkdown,
  type EscalationConfig,
  type EscalationEntry,
  type RectificationStatus,
} from '../followup/index.js';

export interface RectifyOptions {
  results: string;
  outDir: string;
  /** working days allowed (default 30) */
  deadlineDays?: number;
  /** issue date, ISO (default: SOURCE_DATE_EPOCH or today) */
  issued?: string;
  issuer?: string;
  period?: string;
  lang?: Lang;
  countermeasures?: string;
  calendarDir?: string;
  /** thresholds for 通报 and 约谈 (run config `followup.escalation`) */
  escalation?: EscalationConfig;
  /** an earlier results.json / report.json (for `repeatedRule`) */
  previous?: string;
  /** a status.json from --collect (for `overdueAbove`) */
  status?: string;
  addressee?: string;
  checklists?: string[];
  date?: Date;
  /** overwrite feedback workbooks that differ from the ones this run writes (they may be the units' returned answers) */
  force?: boolean;
}

export interface RectifyUnit {
  unit: string;
  findings: number;
  files: number;
  notice: string;
  html: string;
  feedback: string;
}

export interface RectifyResult {
  outDir: string;
  issued: string;
  deadline: string;
  deadlineDays: number;
  units: RectifyUnit[];
  escalation: EscalationEntry[];
  /** thresholds configured but not checkable (their input missing), e.g. circular.repeatedRule without --previous */
  notChecked: string[];
  files: string[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The deadline: N working days after the issue date (行政处罚法 第八十五条 counting), from the holiday calendar. */
export function deadlineAfter(issued: string, days: number, calendarDir = DEFAULT_CALENDAR_DIR): string {
  const r = addWorkingDays(loadCalendar(calendarDir), issued, days);
  if ('date' in r) return r.date;
  throw new ConfigError(tr(`节假日日历不含 ${r.uncoveredYear} 年，无法计算整改期限`, `the holiday calendar does not cover ${r.uncoveredYear}; the deadline cannot be computed`), {
    hint: tr(
      `用 --calendar 指定含 ${r.uncoveredYear}.json（国务院办公厅公布的当年放假安排）的文件夹，或用 --issued 指定已覆盖年份内的发文日期`,
      `pass --calendar with a folder holding ${r.uncoveredYear}.json (that year's State Council holiday arrangement), or an --issued date within a covered year`,
    ),
  });
}

/** Write notices, feedback workbooks, the index, and any 通报/约谈 drafts. */
export async function runRectify(o: RectifyOptions): Promise<RectifyResult> {
  const lang = o.lang ?? getLang();
  const date = o.date ?? sourceDate();
  const issued = o.issued ?? isoDay(date);
  const deadlineDays = o.deadlineDays ?? 30;
  // the input first: a broken results file is named before any calendar question
  const results = checkScoreResults(await readJson(o.results, tr('评分结果', 'results')), o.results);
  const deadline = deadlineAfter(issued, deadlineDays, o.calendarDir);
  const cm = loadCountermeasures(o.countermeasures);
  const items = rectifyItems(results, cm);
  const issuer = o.issuer ?? tr('执法监督机构', 'Enforcement supervision office', lang);
  const out: { path: string; data: string | Uint8Array }[] = [];
  const units: RectifyUnit[] = [];
  const used = new Set<string>();
  for (const [unit, list] of itemsByUnit(items)) {
    let base = fileSafe(unit);
    for (let i = 2; used.has(base.toLowerCase()); i++) base = `${fileSafe(unit)}~${i}`;
    used.add(base.toLowerCase());
    const filesScored = results.files.filter((f) => (f.unit || NO_UNIT) === unit).length;
    const doc = buildNotice(unit, list, { lang, issued, deadline, deadlineDays, issuer, period: o.period, filesScored });
    const u: RectifyUnit = { unit, findings: list.length, files: new Set(list.map((i) => i.caseId)).size, notice: `${base}.docx`, html: `${base}.html`, feedback: path.join('feedback', `${base}.xlsx`) };
    out.push(
      { path: path.join(o.outDir, u.notice), data: await renderOfficialDocx(doc, date) },
      { path: path.join(o.outDir, u.html), data: renderOfficialHtml(doc, lang) },
      { path: path.join(o.outDir, u.feedback), data: await buildFeedbackWorkbook(list, { unit, issued, deadline, deadlineDays }, lang, date) },
    );
    units.push(u);
  }

  let escalation: EscalationEntry[] = [];
  let notChecked: string[] = [];
  if (o.escalation && (o.escalation.circular || o.escalation.summons)) {
    const previous = o.previous ? (await loadPrevious(o.previous)).files : undefined;
    const status = o.status ? await loadStatus(o.status) : undefined;
    const input = { files: results.files, previous, status };
    notChecked = missingInputs(o.escalation, input);
    escalation = escalate(o.escalation, input);
    const titles = ruleTitles(o.checklists);
    const ruleTitle = (r: string) => (titles(r) ? local(titles(r)!, {}, lang) : r);
    const unitsScored = new Set(results.files.map((f) => f.unit ?? '')).size;
    if (escalation.some((e) => e.action === 'circular')) {
      const doc = buildCircular(escalation, { lang, issuer, date: issued, period: o.period, addressee: o.addressee, filesScored: results.files.length, unitsScored, ruleTitle });
      out.push({ path: path.join(o.outDir, 'circular-draft.docx'), data: await renderOfficialDocx(doc, date) }, { path: path.join(o.outDir, 'circular-draft.html'), data: renderOfficialHtml(doc, lang) });
    }
    if (escalation.some((e) => e.action === 'summons')) out.push({ path: path.join(o.outDir, 'summons.md'), data: summonsMarkdown(escalation, lang, ruleTitle) });
    if (escalation.length) out.push({ path: path.join(o.outDir, 'escalation.json'), data: `${JSON.stringify({ schemaVersion: 1, entries: escalation, notChecked }, null, 2)}\n` });
  }

  const index = { schemaVersion: 1, toolVersion: toolVersion(), issued, deadline, deadlineDays, results: { path: path.basename(o.results), sha256: await sha256File(o.results) }, units, items };
  out.push({ path: path.join(o.outDir, 'rectify.json'), data: `${JSON.stringify(index, null, 2)}\n` });
  if (!o.force) await assertNoReturnedFeedback(out.filter((f) => f.path.endsWith('.xlsx')).map((f) => f.path), o.outDir);
  await writeFilesAtomic(out);
  return { outDir: o.outDir, issued, deadline, deadlineDays, units, escalation, notChecked, files: out.map((f) => f.path) };
}

/**
 * Refuse to overwrite a feedback workbook that holds answers (a unit returned it filled in): any row with a
 * status, measure, date or material, or a file that is not a readable feedback workbook at all. Blank
 * workbooks of an earlier run are replaced.
 */
export async function assertNoReturnedFeedback(targets: string[], outDir: string): Promise<void> {
  const held: string[] = [];
  for (const file of targets.filter((f) => existsSync(f))) {
    const read: ReadFeedback = { rows: [], problems: [], workbooks: [] };
    try {
      await readFeedbackWorkbook(file, read);
    } catch {
      held.push(file);
      continue;
    }
    if (read.problems.length || read.rows.some((r) => r.status || r.measures || r.completed || r.evidence)) held.push(file);
  }
  if (held.length) {
    throw new UsageError(tr(`${outDir} 中已有填写过的整改反馈表（可能是单位报回的），不覆盖`, `${outDir} already holds filled-in feedback workbooks (perhaps returned by the units); not overwritten`), {
      details: held,
      hint: tr('把报回的反馈表放到其他文件夹，或换一个 -o，或加 --force 覆盖', 'keep returned workbooks in another folder, choose another -o, or use --force to overwrite'),
    });
  }
}

export interface CollectRunOptions {
  /** folder of returned workbooks (or one workbook) */
  feedback: string;
  results: string;
  output?: string;
  /** ISO date the status is taken on (default SOURCE_DATE_EPOCH or today) */
  asOf?: string;
  /** the rectify.json index (default: beside the feedback folder), for the deadlines of units that sent nothing back */
  index?: string;
  date?: Date;
}

/** Read the returned workbooks, merge them by id, and write status.json when `output` is given. */
export async function runCollect(o: CollectRunOptions): Promise<RectificationStatus> {
  const results = checkScoreResults(await readJson(o.results, tr('评分结果', 'results')), o.results);
  const items = rectifyItems(results, { rules: {}, byCategory: {} });
  const indexFile = o.index ?? path.join(path.dirname(path.resolve(o.feedback)), 'rectify.json');
  const deadlines: Record<string, string> = {};
  if (o.index || existsSync(indexFile)) {
    const idx = (await readJson(indexFile, tr('整改通知索引', 'rectify index'))) as { deadline?: unknown; units?: { unit?: unknown }[] };
    if (typeof idx.deadline === 'string') for (const u of idx.units ?? []) if (typeof u.unit === 'string') deadlines[u.unit] = idx.deadline;
  }
  const read = await readFeedback(o.feedback);
  const status = collectStatus(items, read, { asOf: o.asOf ?? isoDay(o.date ?? sourceDate()), deadlines });
  if (o.output && o.output !== '-') await writeFilesAtomic([{ path: o.output, data: `${JSON.stringify(status, null, 2)}\n` }]);
  return status;
}
