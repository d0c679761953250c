/** The reviewer worksheet (评查工作表): one row per file × checklist item, automatic results pre-filled. */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../util/exceljs-lazy.js';
import { choiceList, numberBetween } from '../util/xlsx-input.js';
import { getLang, local, tr } from '../i18n.js';
import type { FileState } from './evaluate.js';
import { fixZipTimestamps, reproducibleDate } from '../util/zip.js';
import { applyPrintSetup, borderRow } from '../util/xlsx-print.js';
import { displayName, recordLabel } from '../util/display-path.js';
import { xmlValue } from '../util/xml-text.js';

/**
 * Column keys and headers; the reader finds columns by the zh header (the part before the space). Columns
 * with `print: false` are hidden (kept for the reader): the band above each file's items shows them instead.
 */
export const COLUMNS = [
  { key: 'caseId', zh: '案件编号', en: 'Case id', width: 28, print: false },
  { key: 'unit', zh: '执法单位', en: 'Unit', width: 20, print: false },
  { key: 'type', zh: '类型', en: 'Type', width: 10, print: false },
  { key: 'itemId', zh: '项目编号', en: 'Item id', width: 24, print: false },
  { key: 'category', zh: '类别', en: 'Category', width: 8, print: true },
  { key: 'title', zh: '评查项目', en: 'Item', width: 26, print: true },
  { key: 'points', zh: '分值', en: 'Points', width: 6, print: true },
  { key: 'veto', zh: '否决项', en: 'Veto', width: 6, print: true },
  { key: 'mode', zh: '方式', en: 'Mode', width: 6, print: true },
  { key: 'auto', zh: '自动结果', en: 'Automatic result', width: 9, print: true },
  { key: 'autoDeduction', zh: '自动扣分', en: 'Automatic deduction', width: 7, print: true },
  { key: 'autoNotes', zh: '自动说明', en: 'Automatic findings', width: 34, print: true },
  { key: 'verdict', zh: '评查结论', en: 'Verdict', width: 9, print: true },
  { key: 'deduction', zh: '扣分', en: 'Deduction', width: 7, print: true },
  { key: 'reason', zh: '理由', en: 'Reason', width: 30, print: true },
  { key: 'reviewer', zh: '评查人', en: 'Reviewer', width: 9, print: true },
  { key: 'source', zh: '来源', en: 'Provenance', width: 40, print: false },
] as const;

const FIRST_PRINTED = COLUMNS.findIndex((c) => c.print) + 1;
const BAND_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } } as const;

const CATEGORY: Record<string, { zh: string; en: string }> = {
  subject: { zh: '执法主体', en: 'subject' },
  facts: { zh: '事实认定', en: 'facts' },
  evidence: { zh: '证据', en: 'evidence' },
  legal: { zh: '法律适用', en: 'legal' },
  procedure: { zh: '程序', en: 'procedure' },
  discretion: { zh: '自由裁量', en: 'discretion' },
  documents: { zh: '文书', en: 'documents' },
  archive: { zh: '立卷归档', en: 'archive' },
};
const TYPE: Record<string, { zh: string; en: string }> = {
  penalty: { zh: '行政处罚', en: 'penalty' },
  coercion: { zh: '行政强制', en: 'coercion' },
  inspection: { zh: '监督检查', en: 'inspection' },
};

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
  const where = [recordLabel(displayName(src.file), getLang()), src.sheet && tr(`表 ${src.sheet}`, `sheet ${src.sheet}`), src.row !== undefined && tr(`第 ${src.row} 行`, `row ${src.row}`), src.pages?.length && tr(`第 ${src.pages.join(',')} 页`, `pages ${src.pages.join(',')}`)].filter(Boolean).join(tr('，', ', '));
  // --documents: the values the register row gave, and where it disagrees with the case file
  const doc = s.caseFile.document;
  if (!doc) return where;
  const from = doc.fromRegister.length ? tr(`；取自台账：${doc.fromRegister.join('、')}`, `; from the register: ${doc.fromRegister.join(', ')}`) : '';
  const diff = doc.disagreements.length ? tr(`；与台账不一致：${doc.disagreements.map((d) => d.field).join('、')}`, `; differs from the register: ${doc.disagreements.map((d) => d.field).join(', ')}`) : '';
  return `${where}${from}${diff}`;
}

/** The band above a file's items: case number, unit, type and source, in the first printed column. */
function band(ws: ExcelJS.Worksheet, s: FileState, n: number): void {
  const c = s.caseFile;
  const type = c.type ? (TYPE[c.type] ? local(TYPE[c.type]!) : c.type) : '';
  const text = tr(`${n}. 案号：${c.id}　执法单位：${c.unit ?? '—'}　类型：${type || '—'}　来源：${provenance(s)}`, `${n}. Case ${c.id} · unit ${c.unit ?? '—'} · type ${type || '—'} · source ${provenance(s)}`);
  const row = ws.addRow([]);
  row.getCell(1).value = xmlValue(c.id) as string; // hidden: lets a filter on the case keep its band
  row.getCell(FIRST_PRINTED).value = xmlValue(text) as string;
  row.font = { bold: true };
  for (let i = FIRST_PRINTED; i <= COLUMNS.length; i++) {
    row.getCell(i).fill = BAND_FILL;
    row.getCell(i).border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  }
  row.height = 20;
}

/** The signature line at the end of the sheet: who reviewed, when, and their signature. */
function signatureRows(ws: ExcelJS.Worksheet): void {
  ws.addRow([]);
  ws.addRow([]);
  const row = ws.addRow([]);
  row.getCell(FIRST_PRINTED).value = tr('评查人（签字）：____________________　　日期：______年____月____日　　复核人（签字）：____________________', 'Reviewer (signature): ____________________    Date: ____________    Checked by (signature): ____________________');
  row.font = { size: 12 };
  row.height = 30;
}

export interface WorksheetOptions {
  /** a reviewer's own sheet: their name pre-filled on every row and in the 说明 sheet */
  reviewer?: string;
  /** only these rows (key: case id + NUL + item id), e.g. the open disagreements of an adjudication sheet */
  only?: Set<string>;
  /** replaces the automatic notes of a row (e.g. each reviewer's verdict, for the chair) */
  notes?: (caseId: string, itemId: string) => string | undefined;
  /** extra lines at the top of the 说明 sheet */
  intro?: string[];
}

/** A row's values with their text made XML-safe (U+FFFE/U+FFFF in case text would break the file). */
function xmlRow<T extends Record<string, unknown>>(row: T): T {
  for (const k of Object.keys(row)) (row as Record<string, unknown>)[k] = xmlValue(row[k]);
  return row;
}

/** Build the workbook: a 评查表 sheet (rows) and a 说明 sheet (how to fill it in). */
export async function buildWorksheet(states: FileState[], opts: WorksheetOptions = {}): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'caseaudit';
  wb.created = wb.modified = reproducibleDate(); // with fixed zip entry times: same inputs → same bytes
  const ws = wb.addWorksheet('评查表', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: tr(c.zh, c.en), key: c.key, width: c.width, hidden: !c.print }));
  applyPrintSetup(ws, { title: tr('案卷评查工作表', 'Case file review worksheet'), orientation: 'landscape' });
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  head.height = 30;
  borderRow(head, COLUMNS.length);
  let n = 0;
  for (const s of states) {
    band(ws, s, ++n);
    for (const it of s.items) {
      if (opts.only && !opts.only.has(`${s.caseFile.id}\u0000${it.item.id}`)) continue;
      const d = Math.min(it.item.points, it.findings.reduce((n, f) => n + f.deduction, 0));
      const notes = opts.notes?.(s.caseFile.id, it.item.id) ?? (it.status === 'not-checked' ? it.reason ?? '' : it.findings.map((f) => `${f.message}（${f.basis}）`).join('\n'));
      const row = ws.addRow(xmlRow({
        caseId: s.caseFile.id,
        unit: s.caseFile.unit ?? '',
        type: s.caseFile.type ?? '',
        itemId: it.item.id,
        category: CATEGORY[it.item.category] ? local(CATEGORY[it.item.category]!) : it.item.category,
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
        reviewer: opts.reviewer ?? '',
        source: provenance(s),
      }));
      // every text cell is a plain string (exceljs never turns a string into a formula), so 「=…」 stays text
      row.getCell('verdict').dataValidation = choiceList(['符合', '不符合', '不适用'], tr('评查结论', 'Verdict'), tr('请选择 符合、不符合 或 不适用', 'choose 符合, 不符合 or 不适用'));
      row.getCell('deduction').dataValidation = numberBetween(0, it.item.points, tr(`扣分应在 0 到 ${it.item.points} 之间`, `deduction must be between 0 and ${it.item.points}`));
      row.alignment = { vertical: 'top', wrapText: true };
      borderRow(row, COLUMNS.length);
      // room to write a verdict and a reason by hand
      row.height = Math.max(30, 15 * Math.ceil(String(notes).length / 16));
    }
  }
  signatureRows(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const help = wb.addWorksheet('说明');
  for (const line of [
    ...(opts.intro ?? []),
    ...(opts.reviewer ? [tr(`评查人：${opts.reviewer}`, `Reviewer: ${opts.reviewer}`)] : []),
    tr('评查工作表：每行是一个案卷的一个评查项目。', 'Review worksheet: one row per case file and checklist item.'),
    tr('“自动结果”“自动扣分”“自动说明”由 caseaudit 预填；人工项目显示“待评查”。', 'Automatic result, deduction and findings are pre-filled; manual items show "to review".'),
    tr('在“评查结论”中选择 符合 / 不符合 / 不适用；不符合时可在“扣分”中填写扣分（空则按标准每处扣分），并在“理由”中说明。', 'Choose 符合 (pass) / 不符合 (defect) / 不适用 (n/a) under Verdict; for a defect enter the deduction (blank = the standard deduction) and a reason.'),
    tr('评查结论留空的行表示认可自动结果（人工项目留空则仍为待评查）。填写“评查人”以便交叉评查时比对。', 'A row with no verdict accepts the automatic result (a manual item left blank stays to review). Fill in Reviewer so cross-review can compare sheets.'),
    tr('合并：caseaudit score <输入> --reviews 评查表文件夹/ [--chair 裁定表.xlsx]；评查人意见不一致的项目列入裁定表，案卷在裁定前为“待定”。', 'Merge: caseaudit score <inputs> --reviews sheets/ [--chair ruling.xlsx]; items the reviewers disagree on go to the adjudication sheet and the file stays provisional until the chair rules.'),
  ]) help.addRow([line]);
  help.getColumn(1).width = 90;
  help.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  applyPrintSetup(help, { title: tr('评查工作表说明', 'How to fill in the worksheet'), headerRows: 0, orientation: 'portrait' });
  return fixZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()));
}
