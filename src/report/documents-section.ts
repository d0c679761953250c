/**
 * The section 评查材料 of a report scored with `--documents`: on what each drawn file was judged — its case-file PDF,
 * or its register row only (no PDF found: a weaker judgement) — which PDFs could not be read or placed, and where
 * the register and the PDF disagree (case, field, both values). A supervisor signs the report on this.
 */
import type { Lang, LocalText } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import type { DocumentBasis } from '../analyze/documents.js';
import type { Section } from './sections.js';
import { typeLabel, unitLabel } from './locale.js';
import { byUnit } from './unit-order.js';
import { dateLabel } from './format.js';

const T = {
  title: { zh: '评查材料', en: 'What the files were judged on' },
  text: {
    zh: '抽中的 {drawn} 件案卷从案件台账中抽取，评查时读取其案卷 PDF：{matched} 件依据案卷 PDF 评查，{missing} 件未找到案卷 PDF、仅依据台账记录评查。',
    en: 'The {drawn} drawn files were drawn from the case register and judged on their case-file PDFs where found: read from a PDF, {matched}; no PDF found, scored on the register row only, {missing}.',
  },
  registerOnly: {
    zh: '仅依据台账记录评查的案卷，文书是否齐全、程序日期和执法人员等无法对照案卷本身核实，评查结论依据较弱，应在补齐案卷后复核{list}。',
    en: 'For a file scored on its register row only, its documents, procedural dates and officers could not be checked against the case file itself: a weaker judgement, to be reviewed once the case file is supplied{list}.',
  },
  unread: {
    zh: '{n} 件的案卷 PDF 未能识读（扫描件未经 OCR），其自动评查项均未核查：{ids}。',
    en: 'The case-file PDF of {n} file(s) could not be read (a scan not OCR\'d): none of their automatic items was checked: {ids}.',
  },
  pdfs: { zh: '所给案卷 PDF 共 {files} 份：用于评查 {matched} 份{rest}。', en: '{files} case-file PDFs were given: {matched} used{rest}.' },
  pdfsNotDrawn: { zh: '，不属于抽中案卷 {n} 份（{how}）', en: ', {n} not of a drawn case ({how})' },
  notOpened: { zh: '按文件名、台账或文件清单判定，未打开', en: 'by file name, register column or index, not opened' },
  opened: { zh: '读取首页后判定', en: 'found once their first page was read' },
  someOpened: { zh: '其中 {n} 份读取首页后判定，其余按文件名、台账或文件清单判定、未打开', en: '{n} of them found once their first page was read, the rest by file name, register column or index, not opened' },
  pdfsUnidentified: { zh: '，无法识读且无法判断所属案卷 {n} 份{names}', en: ', {n} unreadable and of unknown case{names}' },
  pdfsBroken: { zh: '，文件损坏或不是 PDF、已跳过 {n} 份', en: ', {n} damaged or not a PDF and skipped' },
  disagree: {
    zh: '台账与案卷 PDF 在 {cases} 件案卷的 {n} 处关键信息上不一致{uncertain}，均以案卷 PDF 为准评查；不一致本身不扣分，台账与案卷孰误由评查人员核实。',
    en: 'The register and the case-file PDF disagree on {n} key field(s) of {cases} file(s){uncertain}; each was scored on its PDF. A disagreement is not a finding: whether the register or the case file is wrong is for the reviewer to say.',
  },
  disagreeUncertain: { zh: '（其中 {n} 处案卷值为 OCR 识读不确定）', en: ' ({n} of the PDF values read by OCR without confidence)' },
  agree: {
    zh: '已读取的案卷 PDF 与台账的关键信息（案号、案件类型、当事人、统一社会信用代码、罚款、决定日期）均一致。',
    en: 'The PDFs read agree with the register on every key field (case number, type, party, credit code, fine, decision date).',
  },
  seeTable: { zh: '（共 {n} 件，见“逐卷评查材料”表）', en: ' ({n} files: see the table of each file\'s material)' },
  disagreeTitle: { zh: '台账与案卷不一致', en: 'Register and case file disagree' },
  unreadTitle: { zh: '未能识读的案卷 PDF', en: 'Case-file PDFs not read' },
  filesTitle: { zh: '逐卷评查材料', en: 'Each file\'s material' },
  caseId: { zh: '案号', en: 'Case no.' },
  unit: { zh: '单位', en: 'Unit' },
  field: { zh: '字段', en: 'Field' },
  registerValue: { zh: '台账记载', en: 'Register' },
  documentValue: { zh: '案卷 PDF 记载', en: 'Case file' },
  pdf: { zh: '案卷 PDF', en: 'Case-file PDF' },
  situation: { zh: '情况', en: 'Situation' },
  basis: { zh: '评查依据', en: 'Judged on' },
  matchedBy: { zh: '匹配方式', en: 'Matched by' },
  fromRegister: { zh: '取自台账的字段', en: 'Fields from the register' },
  onPdf: { zh: '案卷 PDF', en: 'case-file PDF' },
  onPdfUnread: { zh: '案卷 PDF（未能识读）', en: 'case-file PDF (not read)' },
  onRegister: { zh: '仅台账（未找到案卷 PDF）', en: 'register row only (no PDF)' },
  'register-column': { zh: '台账或清单写明文件名', en: 'named in the register or index' },
  'file-name': { zh: '文件名即案号', en: 'file name is the case number' },
  'case-number': { zh: '案卷内的案号', en: 'case number inside' },
  uncertainMark: { zh: '（OCR 不确定）', en: ' (OCR uncertain)' },
  unreadDrawn: { zh: '属抽中案卷 {id}，未能识读（需 OCR），按未核查处理', en: 'of the drawn case {id}; not read (needs OCR), its items not checked' },
  broken: { zh: '文件损坏或不是 PDF，已跳过（--skip-bad）：{reason}', en: 'damaged or not a PDF, skipped (--skip-bad): {reason}' },
  unidentified: { zh: '无法识读（需 OCR），无法判断所属案卷：请以案号命名文件或在台账“案卷文件”列写明文件名', en: 'not readable (needs OCR) and of unknown case: name it by case number or in the register\'s 案卷文件 column' },
  none: { zh: '无', en: 'none' },
} satisfies Record<string, LocalText>;

const t = (k: keyof typeof T, lang: Lang, p: Record<string, string | number> = {}) => T[k][lang].replace(/\{(\w+)\}/g, (_, x: string) => String(p[x] ?? `{${x}}`));

/** The fields the register and the PDF are compared on, and those the register fills in, as a reader names them. */
const FIELDS: Record<string, LocalText> = {
  id: { zh: '案号', en: 'case number' },
  type: { zh: '案件类型', en: 'case type' },
  'party.name': { zh: '当事人', en: 'party' },
  'party.creditCode': { zh: '统一社会信用代码', en: 'credit code' },
  'party.kind': { zh: '当事人类型', en: 'party kind' },
  fine: { zh: '罚款（元）', en: 'fine (yuan)' },
  'dates.decided': { zh: '决定日期', en: 'decision date' },
  'dates.published': { zh: '公示日期', en: 'publication date' },
  'dates.violation': { zh: '违法行为发生日期', en: 'violation date' },
  creditPushed: { zh: '信用信息推送', en: 'credit push' },
  recorded: { zh: '执法全过程记录', en: 'audio/video record' },
  unit: { zh: '执法单位', en: 'unit' },
  unitLevel: { zh: '单位层级', en: 'unit level' },
  city: { zh: '设区市', en: 'city' },
  unitCreditCode: { zh: '单位统一社会信用代码', en: 'unit credit code' },
  title: { zh: '案由', en: 'title' },
  industry: { zh: '行业', en: 'industry' },
  schemeId: { zh: '检查方案', en: 'inspection scheme' },
  supervisionNo: { zh: '互联网+监管编码', en: '互联网+监管 number' },
  supervisionEntered: { zh: '互联网+监管录入', en: '互联网+监管 entry' },
  inAnnualPlan: { zh: '计划内', en: 'in the annual plan' },
};

const fieldLabel = (f: string, lang: Lang) => FIELDS[f]?.[lang] ?? f;
/** A compared value as read: dates in the report's wording, the case type by name, the rest as recorded. */
const valueText = (field: string, v: string, lang: Lang) => (field.startsWith('dates.') && /^\d{4}-\d{2}-\d{2}/.test(v) ? dateLabel(v, lang) : field === 'type' ? typeLabel(v, lang) : v);
/** Ids listed in a sentence; more go to the table. */
const LISTED = 10;

function basisLabel(b: DocumentBasis, lang: Lang): string {
  return b.basis === 'register' ? t('onRegister', lang) : t(b.unread ? 'onPdfUnread' : 'onPdf', lang);
}

/** undefined when the results were not scored with `--documents`. */
export function documentsSection(a: Analysis, lang: Lang): Section | undefined {
  const d = a.documents;
  if (!d) return undefined;
  const sep = lang === 'en' ? ', ' : '、';
  const register = d.files.filter((f) => f.basis === 'register');
  const unread = d.files.filter((f) => f.unread);
  const ids = (list: { id: string }[]) => list.map((f) => f.id).join(sep);
  const paragraphs = [t('text', lang, { drawn: d.files.length, matched: d.files.length - register.length, missing: register.length })];
  if (register.length) paragraphs.push(t('registerOnly', lang, { list: register.length <= LISTED ? `${lang === 'en' ? ': ' : '：'}${ids(register)}` : t('seeTable', lang, { n: register.length }) }));
  if (unread.length) paragraphs.push(t('unread', lang, { n: unread.length, ids: ids(unread) }));
  const names = d.summary.unidentifiedFiles ?? [];
  const s = d.summary;
  const how = s.notDrawnOpened === 0 ? t('notOpened', lang) : s.notDrawnOpened === s.notDrawn ? t('opened', lang) : t('someOpened', lang, { n: s.notDrawnOpened });
  const rest = [
    s.notDrawn ? t('pdfsNotDrawn', lang, { n: s.notDrawn, how }) : '',
    s.unreadableFiles?.length ? t('pdfsBroken', lang, { n: s.unreadableFiles.length }) : '',
    s.unidentified ? t('pdfsUnidentified', lang, { n: s.unidentified, names: names.length && names.length <= LISTED ? `${lang === 'en' ? ': ' : '：'}${names.join(sep)}` : '' }) : '',
  ].join('');
  paragraphs.push(t('pdfs', lang, { files: s.files, matched: s.matched, rest }));
  const uncertain = d.disagreements.filter((x) => x.uncertain).length;
  if (d.disagreements.length) paragraphs.push(t('disagree', lang, { n: d.disagreements.length, cases: new Set(d.disagreements.map((x) => x.id)).size, uncertain: uncertain ? t('disagreeUncertain', lang, { n: uncertain }) : '' }));
  else if (s.matched) paragraphs.push(t('agree', lang));
  const disagreeRows = byUnit(d.disagreements, (x) => x.unit ?? '').map((x) => [x.id, unitLabel(x.unit ?? '', lang), fieldLabel(x.field, lang), valueText(x.field, x.register, lang), `${valueText(x.field, x.document, lang)}${x.uncertain ? t('uncertainMark', lang) : ''}`]);
  const unreadRows = [...unread.map((f) => [f.file ?? '', t('unreadDrawn', lang, { id: f.id })]), ...names.map((n) => [n, t('unidentified', lang)]), ...(s.unreadableFiles ?? []).map((b) => [b.file, t('broken', lang, { reason: b.reason })])];
  return {
    id: 'documents',
    title: t('title', lang),
    paragraphs,
    tables: [
      {
        id: 'documentDisagreements',
        title: t('disagreeTitle', lang),
        columns: [t('caseId', lang), t('unit', lang), t('field', lang), t('registerValue', lang), t('documentValue', lang)],
        rows: disagreeRows,
        empty: t('none', lang),
        widths: [13, 11, 8, 12, 12],
        appendix: disagreeRows.length > 15,
        landscape: false,
      },
      {
        id: 'documentsUnread',
        title: t('unreadTitle', lang),
        columns: [t('pdf', lang), t('situation', lang)],
        rows: unreadRows,
        empty: t('none', lang),
        widths: [18, 38],
        appendix: unreadRows.length > 15,
      },
      {
        id: 'documentFiles',
        title: t('filesTitle', lang),
        columns: [t('caseId', lang), t('unit', lang), t('basis', lang), t('pdf', lang), t('matchedBy', lang), t('fromRegister', lang)],
        rows: byUnit(d.files, (f) => f.unit ?? '').map((f) => [f.id, unitLabel(f.unit ?? '', lang), basisLabel(f, lang), f.file ?? '', f.matchedBy ? t(f.matchedBy, lang) : '', (f.fromRegister ?? []).map((x) => fieldLabel(x, lang)).join(sep)]),
        widths: [13, 12, 12, 16, 9, 22],
        appendix: true,
        landscape: true,
        workbook: true,
      },
    ],
  };
}
