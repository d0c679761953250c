/** The reviewer worksheet (评查工作表): one row per file × checklist item, automatic results pre-filled. */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../util/exceljs-lazy.js';
import { local, tr } from '../i18n.js';
import type { FileState } from './evaluate.js';
import { fixZipTimestamps, reproducibleDate } from '../util/zip.js';
import { xmlValue } from '../util/xml-text.js';

/** Column keys and headers; the reader finds columns by the zh header (the part before the space). */
export const COLUMNS = [
  { key: 'caseId', zh: '案件编号', en: 'Case id', width: 28 },
  { key: 'unit', zh: '执法单位', en: 'Unit', width: 20 },
  { key: 'type', zh: '类型', en: 'Type', width: 10 },
  { key: 'itemId', zh: '项目编号', en: 'Item id', width: 24 },
  { key: 'category', zh: '类别', en: 'Category', width: 10 },
  { key: 'title', zh: '评查项目', en: 'Item', width: 34 },
  { key: 'points', zh: '分值', en: 'Points', width: 6 },
  { key: 'veto', zh: '否决项', en: 'Veto', width: 6 },
  { key: 'mode', zh: '方式', en: 'Mode', width: 8 },
  { key: 'auto', zh: '自动结果', en: 'Automatic result', width: 12 },
  { key: 'autoDeduction', zh: '自动扣分', en: 'Automatic deduction', width: 8 },
  { key: 'autoNotes', zh: '自动说明', en: 'Automatic findings', width: 50 },
  { key: 'verdict', zh: '评查结论', en: 'Verdict', width: 10 },
  { key: 'deduction', zh: '扣分', en: 'Deduction', width: 8 },
  { key: 'reason', zh: '理由', en: 'Reason', width: 30 },
  { key: 'reviewer', zh: '评查人', en: 'Reviewer', width: 10 },
  { key: 'source', zh: '来源', en: 'Provenance', width: 40 },
] as const;

/** Verdict words accepted in the worksheet (dropdown shows the zh ones). */
export const VERDICTS = { 符合: 'pass', 不符合: 'defect', 不适用: 'na', pass: 'pass', defect: 'defect', fail: 'defect', na: 'na', 'n/a': 'na' } as const;

const STATUS = {
  findings: { zh: '发现问题', en: 'findings' },
  ok: { zh: '符合', en: 'ok' },
  'not-checked': { zh: '未核查', en: 'not checked' },
  'manual-pending': { zh: '待评查', en: 'to review' },
  na: { zh: '不适用', en: 'n/a' },
};

function provenance(s: FileState): string {
  const src = s.caseFile.source;
  return [src.file, src.sheet && `sheet ${src.sheet}`, src.row !== undefined && `row ${src.row}`, src.pages?.length && `pages ${src.pages.join(',')}`].filter(Boolean).join(', ');
}

/** A row's values with their text made XML-safe (U+FFFE/U+FFFF in case text would break the file). */
function xmlRow<T extends Record<string, unknown>>(row: T): T {
  for (const k of Object.keys(row)) (row as Record<string, unknown>)[k] = xmlValue(row[k]);
  return row;
}

/** Build the workbook: a 评查表 sheet (rows) and a 说明 sheet (how to fill it in). */
export async function buildWorksheet(states: FileState[]): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'caseaudit';
  wb.created = wb.modified = reproducibleDate(); // with fixed zip entry times: same inputs → same bytes
  const ws = wb.addWorksheet('评查表', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: `${c.zh} ${c.en}`, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const s of states) {
    for (const it of s.items) {
      const d = Math.min(it.item.points, it.findings.reduce((n, f) => n + f.deduction, 0));
      const notes = it.status === 'not-checked' ? it.reason ?? '' : it.findings.map((f) => `${f.message}（${f.basis}）`).join('\n');
      const row = ws.addRow(xmlRow({
        caseId: s.caseFile.id,
        unit: s.caseFile.unit ?? '',
        type: s.caseFile.type ?? '',
        itemId: it.item.id,
        category: it.item.category,
        title: local(it.item.title),
        points: it.item.points,
        veto: it.item.veto ? tr('是', 'yes') : '',
        mode: it.item.manual ? tr('人工', 'manual') : tr('自动', 'auto'),
        auto: local(STATUS[it.status]),
        autoDeduction: it.status === 'findings' ? d : '',
        autoNotes: notes,
        verdict: '',
        deduction: '',
        reason: '',
        reviewer: '',
        source: provenance(s),
      }));
      // every text cell is a plain string (exceljs never turns a string into a formula), so 「=…」 stays text
      row.getCell('verdict').dataValidation = { type: 'list', allowBlank: true, formulae: ['"符合,不符合,不适用"'], showErrorMessage: true, errorTitle: tr('评查结论', 'Verdict'), error: tr('请选择 符合、不符合 或 不适用', 'choose 符合, 不符合 or 不适用') };
      row.getCell('deduction').dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, it.item.points], showErrorMessage: true, error: tr(`扣分应在 0 到 ${it.item.points} 之间`, `deduction must be between 0 and ${it.item.points}`) };
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const help = wb.addWorksheet('说明');
  for (const line of [
    tr('评查工作表：每行是一个案卷的一个评查项目。', 'Review worksheet: one row per case file and checklist item.'),
    tr('“自动结果”“自动扣分”“自动说明”由 caseaudit 预填；人工项目显示“待评查”。', 'Automatic result, deduction and findings are pre-filled; manual items show "to review".'),
    tr('在“评查结论”中选择 符合 / 不符合 / 不适用；不符合时可在“扣分”中填写扣分（空则按标准每处扣分），并在“理由”中说明。', 'Choose 符合 (pass) / 不符合 (defect) / 不适用 (n/a) under Verdict; for a defect enter the deduction (blank = the standard deduction) and a reason.'),
    tr('评查结论留空的行保留自动结果。填写“评查人”以便交叉评查时比对。', 'Rows with no verdict keep the automatic result. Fill in Reviewer so cross-review can compare sheets.'),
    tr('合并：caseaudit score <输入> --reviews 本表.xlsx [--reviews 另一评查人.xlsx]', 'Merge: caseaudit score <inputs> --reviews this.xlsx [--reviews other-reviewer.xlsx]'),
  ]) help.addRow([line]);
  help.getColumn(1).width = 120;
  return fixZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()));
}
