/** samples/xlsx/cases.xlsx and schemes.xlsx: the JSON records as enforcement-system exports (title row, header below). */
import ExcelJS from 'exceljs';
import { dateCell, amountCell, yesNo, listCell, dateText } from './cells.mjs';

const LEVEL = { province: '省级', city: '市级', county: '县级' };
const TYPE = { penalty: '行政处罚', inspection: '监督检查', coercion: '行政强制' };
const KIND = { unit: '单位', individual: '个人' };
const DATE_COLS = [['立案日期', 'filed'], ['告知日期', 'notified'], ['听证告知日期', 'hearingNotified'], ['听证日期', 'hearingHeld'], ['法制审核日期', 'legalReview'], ['集体讨论日期', 'collectiveDiscussion'], ['决定日期', 'decided'], ['送达日期', 'served'], ['公示日期', 'published'], ['缴款日期', 'paid'], ['结案日期', 'closed'], ['整改期限', 'rectificationDeadline'], ['复查日期', 'reinspected']];

/** Officers as three aligned lists; an officer without a certificate is last, so the lists stay aligned. */
function officerCells(rng, officers = []) {
  const certs = officers.filter((o) => o.certNo).map((o) => o.certNo);
  const until = officers.filter((o) => o.certValidUntil).map((o) => dateText(rng, o.certValidUntil));
  return [listCell(rng, officers.map((o) => o.name)), listCell(rng, certs), listCell(rng, until)];
}

// columns for fields the samples do not fill (left empty, as in exports that have them): the sheet still states them
const MORE_DATE_COLS = [['违法行为发生日期', 'violation'], ['先行登记保存日期', 'evidencePreserved'], ['登记保存处理决定日期', 'preservationHandled'], ['听证申请日期', 'hearingRequested'], ['听证通知日期', 'hearingScheduled']];
// inspection records (三位一体, 互联网+监管, 计划内/计划外): written plainly, drawing nothing from the sheet's stream
const INSPECTION_COLS = ['启动会', '总结会', '企业参加人员', '检查方案编号', '检查专家', '监管行为编码', '录入互联网+监管', '计划内/计划外'];
const plan = (v) => (v === undefined ? null : v ? '计划内' : '计划外');
const joined = (list) => (list?.length ? list.join('、') : null);
const CASE_COLS = ['案件编号', '执法单位', '单位层级', '所属设区市', '案件类型', '案件名称', '当事人', '当事人类型', '统一社会信用代码', '当事人地址', '行业类别', '违法事实', '违反条款', '处罚依据', '处罚种类', '罚款金额', '执法人员', '执法证号', '证件有效期至', '证据清单', '文书目录', ...DATE_COLS.map(([h]) => h), '延期批准', '信用推送', '移送司法', ...MORE_DATE_COLS.map(([h]) => h), '全过程记录', '说理', '延期缴纳', '出示证件', ...INSPECTION_COLS];

function caseRow(rng, c) {
  const p = c.party ?? {};
  return [
    c.id, c.unit, LEVEL[c.unitLevel], c.city ?? null, TYPE[c.type], c.title ?? null, p.name ?? null, p.kind ? KIND[p.kind] : null, p.creditCode ?? null, p.address ?? null,
    c.industry ?? null, c.facts ?? null, listCell(rng, c.violatedArticles), listCell(rng, c.penaltyArticles), listCell(rng, c.penaltyKinds), amountCell(rng, c.fine),
    ...officerCells(rng, c.officers), listCell(rng, c.evidence), listCell(rng, (c.documents ?? []).map((d) => d.title)),
    ...DATE_COLS.map(([, k]) => dateCell(rng, c.dates?.[k])), yesNo(c.extensionApproved), yesNo(c.creditPushed), yesNo(c.referredToJudiciary),
    ...MORE_DATE_COLS.map(([, k]) => (c.dates?.[k] ? dateCell(rng, c.dates[k]) : null)), yesNo(c.recorded), yesNo(c.reasoningStated), yesNo(c.paymentDeferred), yesNo(c.certificateShown),
    yesNo(c.kickoffMeeting), yesNo(c.summaryMeeting), joined(c.attendees), c.schemeId ?? null, joined(c.experts), c.supervisionNo ?? null, yesNo(c.supervisionEntered), plan(c.inAnnualPlan),
  ];
}

const SCHEME_COLS = ['方案编号', '执法单位', '单位层级', '检查对象', '行业类别', '是否纳入年度计划', '检查方式', '检查内容', '检查人员', '执法证号', '证件有效期至', '专家', '检查日期', '启动会', '总结会'];

function schemeRow(rng, s) {
  return [s.id, s.unit, LEVEL[s.unitLevel], s.target ?? null, s.industry ?? null, yesNo(s.inAnnualPlan), listCell(rng, s.methods), listCell(rng, s.items),
    ...officerCells(rng, s.officers), listCell(rng, s.experts), dateCell(rng, s.date), yesNo(s.kickoffMeeting), yesNo(s.summaryMeeting)];
}

/** A sheet with a merged title row (if any), an optional blank row, the header, then the rows. */
export function addSheet(wb, name, { title, note, cols, rows, widths = {} }) {
  const ws = wb.addWorksheet(name);
  if (title) {
    ws.addRow([title]);
    ws.mergeCells(1, 1, 1, cols.length);
    ws.getRow(1).font = { bold: true, size: 14 };
    ws.getRow(1).alignment = { horizontal: 'center' };
  }
  if (note !== undefined) ws.addRow([note]);
  const header = ws.addRow(cols);
  header.font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r);
    row.eachCell((cell) => { if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd'; });
  }
  cols.forEach((h, i) => { ws.getColumn(i + 1).width = widths[h] ?? Math.max(10, h.length * 2 + 2); });
  return ws;
}

/** Rows in export order: by decision (or filing) date, not the JSON's order. */
const byDate = (c) => (c.dates?.decided ?? c.dates?.filed ?? '') + c.id;

export function casesWorkbook(rng, cases) {
  const rows = [...cases].sort((a, b) => (byDate(a) < byDate(b) ? -1 : 1)).map((c) => caseRow(rng, c));
  return (wb) => addSheet(wb, '案件台账', { title: '江西省应急管理系统安全生产执法案件台账（2025年）', note: null, cols: CASE_COLS, rows, widths: { 违法事实: 60, 案件名称: 40, 当事人: 30 } });
}

export function schemesWorkbook(rng, schemes) {
  const rows = schemes.map((s) => schemeRow(rng, s));
  return (wb) => addSheet(wb, '检查方案', { title: '江西省应急管理系统2025年度监督检查方案备案表', cols: SCHEME_COLS, rows, widths: { 检查内容: 60, 检查对象: 30 } });
}

export { ExcelJS };
