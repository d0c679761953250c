/** Read returned feedback workbooks back into rows, listing — never guessing — what cannot be taken as it stands. */
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import type ExcelJSNs from 'exceljs';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { loadWorkbook } from '../ingest/excel/load-workbook.js';
import { cellText, plainValue } from '../ingest/excel/cells.js';
import { parseDate } from '../ingest/normalize/dates.js';
import { FEEDBACK_COLUMNS, FEEDBACK_KIND, META_SHEET, SHEET } from './feedback-xlsx.js';
import { STATUS_WORDS, type FeedbackProblem, type FeedbackRow } from './types.js';

export interface ReadFeedback {
  rows: FeedbackRow[];
  problems: FeedbackProblem[];
  /** workbooks read, with the unit each was issued to */
  workbooks: { file: string; unit: string; deadline?: string; issued?: string }[];
}

const text = (v: unknown) => cellText(plainValue(v) as never);

/** The .xlsx files of a folder (or one file), sorted; Office lock files and hidden files skipped. */
export async function feedbackFiles(input: string): Promise<string[]> {
  let st;
  try {
    st = await fsp.stat(input);
  } catch {
    throw new InputError(tr(`反馈表文件夹不存在：${input}`, `feedback folder not found: ${input}`), { location: { file: input } });
  }
  if (!st.isDirectory()) return [input];
  const names = (await fsp.readdir(input)).filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('.') && !n.startsWith('~$')).sort();
  return names.map((n) => path.join(input, n));
}

function metaOf(wb: ExcelJSNs.Workbook): Record<string, string> | undefined {
  const ws = wb.getWorksheet(META_SHEET);
  if (!ws) return undefined;
  const m: Record<string, string> = {};
  ws.eachRow((row) => {
    m[text(row.getCell(1).value)] = text(row.getCell(2).value);
  });
  return m.kind === FEEDBACK_KIND ? m : undefined;
}

/** Read one workbook. A file that is not a caseaudit feedback workbook is a problem, not a crash. */
export async function readFeedbackWorkbook(file: string, out: ReadFeedback): Promise<void> {
  // not an xlsx, a zip bomb (declared or real inflated sizes), corrupt → InputError naming the file
  const wb = await loadWorkbook(file, { zh: '反馈表', en: 'the feedback workbook' });
  const meta = metaOf(wb);
  const ws = wb.getWorksheet(SHEET);
  if (!meta || !ws) {
    out.problems.push({ kind: 'not-a-feedback-workbook', file, message: tr('不是 caseaudit rectify 生成的整改反馈表（缺少“整改反馈”表或标记），未读取', 'not a feedback workbook written by caseaudit rectify (no 整改反馈 sheet or marker); not read') });
    return;
  }
  out.workbooks.push({ file, unit: meta.unit ?? '', ...(meta.deadline ? { deadline: meta.deadline } : {}), ...(meta.issued ? { issued: meta.issued } : {}) });
  const col: Record<string, number> = {};
  ws.getRow(1).eachCell((cell, n) => {
    const head = text(cell.value);
    const c = FEEDBACK_COLUMNS.find((x) => head === x.zh || head.startsWith(`${x.zh} `));
    if (c) col[c.key] = n;
  });
  const missing = ['id', 'status', 'measures', 'completed', 'evidence'].filter((k) => !col[k]);
  if (missing.length) {
    throw new InputError(tr(`反馈表 ${file} 缺少列：${missing.map((k) => FEEDBACK_COLUMNS.find((c) => c.key === k)!.zh).join('、')}`, `feedback workbook ${file} lacks columns: ${missing.join(', ')}`), { location: { file, sheet: SHEET, row: 1 } });
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (k: string) => (col[k] ? text(row.getCell(col[k]!).value) : '');
    const id = get('id');
    const filled = ['status', 'measures', 'completed', 'evidence'].some((k) => get(k));
    if (!id && !filled) continue; // a blank row
    const where = { file, sheet: SHEET, row: r };
    if (!id) {
      out.problems.push({ ...where, kind: 'unknown-id', value: '', message: tr('该行没有编号（隐藏列被清空），无法对应到问题', 'the row has no id (the hidden column was cleared); it cannot be matched to a finding') });
      continue;
    }
    const fb: FeedbackRow = { id, unit: meta.unit ?? '', ...where };
    const statusText = get('status').replace(/\s+/g, '');
    if (statusText) {
      const s = STATUS_WORDS[statusText];
      if (s) fb.status = s;
      else out.problems.push({ ...where, kind: 'bad-status', value: statusText, message: tr(`整改状态“${statusText}”无效（应为 已整改、整改中 或 未整改），按未反馈处理`, `status "${statusText}" is not 已整改, 整改中 or 未整改; treated as no feedback`) });
    }
    const completedCell = col.completed ? plainValue(row.getCell(col.completed).value) : undefined;
    if (get('completed')) {
      const d = parseDate(completedCell instanceof Object && !(completedCell instanceof Date) ? get('completed') : completedCell);
      if (d.ok && d.value) fb.completed = d.value;
      else out.problems.push({ ...where, kind: 'bad-date', value: get('completed'), message: tr(`整改完成日期“${get('completed')}”无法识别`, `completion date "${get('completed')}" cannot be read`) });
    }
    const measures = get('measures');
    const evidence = get('evidence');
    if (measures) fb.measures = measures;
    if (evidence) fb.evidence = evidence;
    out.rows.push(fb);
  }
}

/** Read every workbook of a folder (or one file). */
export async function readFeedback(input: string): Promise<ReadFeedback> {
  const out: ReadFeedback = { rows: [], problems: [], workbooks: [] };
  const files = await feedbackFiles(input);
  if (!files.length) throw new InputError(tr(`${input} 中没有 .xlsx 反馈表`, `no .xlsx feedback workbooks in ${input}`), { location: { file: input } });
  for (const f of files) {
    try {
      await readFeedbackWorkbook(f, out);
    } catch (err) {
      // one unit's broken file must not hold up the others: it is listed, and that unit's findings stay open
      if (!(err instanceof InputError)) throw err;
      out.problems.push({ kind: 'not-a-feedback-workbook', file: f, message: err.message });
    }
  }
  // rows and problems name the workbook by its file name: the folder is the one given, and status.json stays the same wherever it is
  for (const x of [...out.rows, ...out.problems, ...out.workbooks]) x.file = path.basename(x.file);
  return out;
}
