/**
 * The feedback workbook (整改反馈表) of one unit: one row per finding. Only the columns the unit fills in are
 * unlocked (the sheet is protected without a password, so it guards against slips, not against intent); each
 * row carries the finding's id in a hidden column, so merging never depends on row order; a dropdown offers
 * 已整改/整改中/未整改; the instructions are on a sheet of their own; a very hidden sheet records the unit and
 * deadline. Every text cell is a plain string, never a formula.
 */
import { loadExcelJS } from '../util/exceljs-lazy.js';
import { choiceList, dateAfter, unlockCells } from '../util/xlsx-input.js';
import { fixZipTimestamps } from '../util/zip.js';
import { xmlText } from '../util/xml-text.js';
import type { Lang } from '../i18n.js';
import type { RectifyItem } from './types.js';
import { applyPrintSetup } from '../util/xlsx-print.js';

/** Marker in the meta sheet: this workbook was written by caseaudit rectify. */
export const FEEDBACK_KIND = 'caseaudit-rectification-feedback';
export const SHEET = '整改反馈';
export const META_SHEET = 'caseaudit';

/** Columns; `fill` marks those the unit fills in. The reader finds columns by the zh header. */
export const FEEDBACK_COLUMNS = [
  { key: 'id', zh: '编号', en: 'Id', width: 16, fill: false },
  { key: 'unit', zh: '执法单位', en: 'Unit', width: 20, fill: false },
  { key: 'caseId', zh: '案卷', en: 'Case file', width: 26, fill: false },
  { key: 'problem', zh: '问题', en: 'Problem', width: 40, fill: false },
  { key: 'basis', zh: '依据', en: 'Basis', width: 30, fill: false },
  { key: 'suggested', zh: '建议措施', en: 'Suggested measure', width: 34, fill: false },
  { key: 'deadline', zh: '整改期限', en: 'Deadline', width: 12, fill: false },
  { key: 'measures', zh: '整改措施', en: 'Measures taken', width: 34, fill: true },
  { key: 'completed', zh: '整改完成日期', en: 'Completed on', width: 14, fill: true },
  { key: 'evidence', zh: '佐证材料', en: 'Supporting material', width: 26, fill: true },
  { key: 'status', zh: '整改状态', en: 'Status', width: 12, fill: true },
] as const;

export interface FeedbackMeta {
  unit: string;
  issued: string;
  deadline: string;
  deadlineDays: number;
}

/** Build one unit's feedback workbook (bytes, reproducible: fixed zip dates, `date` as document date). */
export async function buildFeedbackWorkbook(items: RectifyItem[], meta: FeedbackMeta, lang: Lang, date: Date): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'caseaudit';
  wb.created = wb.modified = date;
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  ws.columns = FEEDBACK_COLUMNS.map((c) => ({ header: lang === 'en' ? `${c.zh} ${c.en}` : c.zh, key: c.key, width: c.width }));
  ws.getColumn('id').hidden = true;
  applyPrintSetup(ws, { title: lang === 'en' ? `Rectification feedback, ${meta.unit}` : `${meta.unit} 整改反馈表`, gridlines: true, lang });
  const head = ws.getRow(1);
  head.font = { bold: true };
  FEEDBACK_COLUMNS.forEach((c, i) => {
    head.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill ? 'FFFFF2CC' : 'FFEEF1F5' } };
  });
  for (const it of items) {
    const row = ws.addRow({
      id: xmlText(it.id),
      unit: xmlText(it.unit),
      caseId: xmlText(it.caseId),
      problem: xmlText(it.veto ? `${it.problem}（否决项）` : it.problem),
      basis: xmlText(it.basis),
      suggested: xmlText(lang === 'en' ? it.countermeasure.en : it.countermeasure.zh),
      deadline: meta.deadline,
      measures: '',
      completed: '',
      evidence: '',
      status: '',
    });
    row.alignment = { vertical: 'top', wrapText: true };
    unlockCells(row, FEEDBACK_COLUMNS.filter((c) => c.fill).map((c) => c.key));
    row.getCell('status').dataValidation = choiceList(
      ['已整改', '整改中', '未整改'],
      '整改状态',
      lang === 'en' ? 'choose 已整改 (rectified), 整改中 (in progress) or 未整改 (not rectified)' : '请选择 已整改、整改中 或 未整改',
    );
    row.getCell('completed').dataValidation = dateAfter(new Date(Date.UTC(2000, 0, 1)), lang === 'en' ? 'enter a date, e.g. 2025-08-15' : '请填写日期，如 2025-08-15');
    row.getCell('completed').numFmt = 'yyyy-mm-dd';
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FEEDBACK_COLUMNS.length } };
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: true, formatColumns: true, formatRows: true });

  const help = wb.addWorksheet('说明');
  const lines =
    lang === 'en'
      ? [
          `Rectification feedback of ${meta.unit}. Deadline: ${meta.deadline} (${meta.deadlineDays} working days from ${meta.issued}).`,
          'One row per problem found in the audit. Fill in the yellow columns only: measures taken, completion date (a date, e.g. 2025-08-15), supporting material (file names or document numbers), and the status from the dropdown: 已整改 (rectified), 整改中 (in progress), 未整改 (not rectified).',
          'Do not add, delete or copy rows between workbooks, and do not change the other columns: each row carries a hidden id by which the answers are merged. You may filter the rows; the order of the rows does not matter.',
          'The sheet is protected without a password only to avoid accidental edits.',
          `Return this file as it is (keep the name). The audit office merges the answers with: caseaudit rectify --collect <folder> --results results.json`,
        ]
      : [
          `${meta.unit} 整改反馈表。整改期限：${meta.deadline}（自 ${meta.issued} 起 ${meta.deadlineDays} 个工作日）。`,
          '每行是评查发现的一个问题。只需填写黄色表头的列：整改措施、整改完成日期（日期，如 2025-08-15）、佐证材料（文件名或文书编号），并在“整改状态”下拉框中选择 已整改、整改中 或 未整改。',
          '请勿增删行、勿在不同反馈表之间复制行，也不要修改其他列：每行带有隐藏的编号，汇总时按编号合并。可以筛选；行的顺序不影响汇总。',
          '工作表已设保护（无密码），仅为防止误改。',
          '填好后原样报回（保留文件名）。执法监督机构汇总命令：caseaudit rectify --collect <文件夹> --results results.json',
        ];
  for (const l of lines) help.addRow([l]).alignment = { wrapText: true, vertical: 'top' };
  help.getColumn(1).width = 90;
  applyPrintSetup(help, { title: lang === 'en' ? 'How to fill in the feedback' : '整改反馈表说明', headerRows: 0, orientation: 'portrait', lang });

  const m = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const [k, v] of [['kind', FEEDBACK_KIND], ['version', '1'], ['unit', xmlText(meta.unit)], ['issued', meta.issued], ['deadline', meta.deadline], ['deadlineDays', String(meta.deadlineDays)]]) m.addRow([k, v]);
  return fixZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()), date);
}
