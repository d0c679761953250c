/** Page texts of one case-file PDF → a canonical CaseFile with the page of every value, plus warnings. */
import path from 'node:path';
import { tr } from '../../i18n.js';
import { checkCreditCode } from '../normalize/credit-code.js';
import type { CaseDocument, CaseFile, Officer, Warning } from '../../model/types.js';
import { FieldCollector, type Found } from './collector.js';
import { readAddress, readArticles, readCreditCode, readFacts, readFine, readParty, readPenaltyKinds } from './fields.js';
import { readOfficersFrom, type OfficerProblem } from './officers.js';
import { DOC_NUMBER, cleanNumber, segmentDocuments, type Segment } from './segment.js';
import type { PageText } from './page-texts.js';
import { readInspectionRecord } from './inspection.js';

export interface ExtractedCase {
  caseFile: CaseFile;
  warnings: Warning[];
  /** pages with content but no text layer (need OCR or a manual review) */
  needsOcr: number[];
}

/** Documents whose fields count for the case (the decision first: it is what was decided). */
function byAuthority(docs: Segment[]): Segment[] {
  const rank = (d: Segment) => (d.spec.decision ? 0 : d.spec.caseNumber ? d.spec.caseNumber - 1 : /告知书/.test(d.spec.title) ? 2 : d.spec.dateKey === 'filed' ? 3 : 4);
  return [...docs].sort((a, b) => rank(a) - rank(b));
}

/** Build the case from a PDF's page texts. */
export function extractCase(file: string, pages: PageText[]): ExtractedCase {
  const { documents } = segmentDocuments(pages.filter((p) => p.text));
  const c = new FieldCollector(file);
  const warnings: Warning[] = [];
  const ordered = byAuthority(documents);
  const decision = documents.find((d) => d.spec.decision);

  // case number: the 文号 of the best-ranked numbering document (决定书 → 强制措施决定书 → 现场检查记录), else the first
  // (a decision whose own number line is unreadable gives no id: never the 告知书's or 立案审批表's own 文号, which
  // number other documents; the file name stands in, stable and visibly not a case number, and the warning names
  // the number other documents give the decision)
  const numbered = documents.filter((d) => d.number);
  const idDoc = [...numbered].filter((d) => d.spec.caseNumber).sort((a, b) => a.spec.caseNumber! - b.spec.caseNumber!)[0] ?? (decision ? undefined : numbered[0]);
  const ref = idDoc || !decision ? undefined : decisionReference(documents);
  if (idDoc?.number) c.add('id', { value: idDoc.number.value, page: idDoc.number.page, from: idDoc.spec.title });

  for (const d of ordered) {
    const from = d.spec.title;
    if (d.unit) c.add('unit', { value: d.unit, page: d.pages[0]!, from });
    c.add('party.name', readParty(d));
    c.add('party.creditCode', readCreditCode(d));
    c.add('party.address', readAddress(d));
    // a coercion file's 强制措施决定书 states its facts and basis as a penalty decision does
    if (d.spec.decision || /告知书|强制措施决定书/.test(from)) {
      const facts = readFacts(d);
      // facts are worded differently across documents: keep the decision's, do not compare
      if (facts && c.get('facts') === undefined) c.add('facts', facts);
      const arts = readArticles(d);
      c.add('violatedArticles', arts.violated);
      c.add('penaltyArticles', arts.penalty);
    }
    if (d.spec.decision || /告知书|收据|缴款/.test(from)) c.add('fine', readFine(d));
    readOfficersFrom(d).officers.forEach((o) => c.add(`officer:${o.value.name}`, o, sameOfficer));
    addDate(c, d);
  }

  const { officers, problems } = collectOfficers(documents, c);
  const certUnsure = officerWarnings(file, officers, problems, c.pages(), warnings);

  const needsOcr = pages.filter((p) => !p.hasTextLayer && !p.blank && !p.via).map((p) => p.page);
  const caseFile = assemble(file, pages, documents, c, officers, needsOcr, decision);
  if (certUnsure) caseFile.uncertainFields = [...new Set([...(caseFile.uncertainFields ?? []), 'officers.certNo'])].sort();
  const creditCode = caseFile.party?.creditCode;
  if (creditCode && checkCreditCode(creditCode).status === 'invalid') {
    warnings.push({ file, page: c.pages()['party.creditCode'], value: creditCode, reason: tr(`统一社会信用代码校验不通过：${checkCreditCode(creditCode).reason}`, `credit code fails its check: ${checkCreditCode(creditCode).reason}`) });
  }
  if (!c.get('id') && ref) {
    warnings.push({ file, page: decision!.pages[0], value: ref.value, reason: tr(`决定书的文号无法读出（${ref.from}第 ${ref.page} 页所载决定书文号为 ${ref.value}），以文件名 "${caseFile.id}" 代替`, `the decision's number cannot be read (the ${ref.from} on page ${ref.page} names the decision ${ref.value}); using the file name "${caseFile.id}"`) });
  } else if (!c.get('id')) {
    warnings.push({ file, reason: tr(`未找到案件编号（文号），以文件名 "${caseFile.id}" 代替`, `no case number (文号) found; using the file name "${caseFile.id}"`) });
  }
  if (needsOcr.length) {
    warnings.push({ file, page: needsOcr[0], reason: tr(`第 ${needsOcr.join('、')} 页没有文字层，需要 OCR 或人工审阅`, `pages ${needsOcr.join(', ')} have no text layer: OCR or a manual review is needed`) });
  }
  return { caseFile, warnings: [...c.warnings, ...warnings], needsOcr };
}

/**
 * The level of an enforcing unit when its name says so for certain: 省…厅 → province, a 县/区 unit → county (with
 * its city when written, 南昌市青山湖区… → 南昌市). A bare 市 unit may be a county-level city (瑞金市), so it is left open.
 */
export function unitLevelOf(unit: string | undefined): Pick<CaseFile, 'unitLevel' | 'city'> {
  if (!unit) return {};
  if (/省.*厅$/.test(unit)) return { unitLevel: 'province' };
  const county = /^(?:.*省)?(?:(.+?市))?[^市]+?[县区]应急管理局$/.exec(unit);
  if (county) return { unitLevel: 'county', ...(county[1] ? { city: county[1] } : {}) };
  return {};
}

/** The decision's number as another document names it: 送达文书：行政处罚决定书（赣）应急罚〔2025〕12号. */
export function decisionReference(documents: Segment[]): Found<string> | undefined {
  for (const d of documents) {
    if (d.spec.decision) continue;
    for (const l of d.lines) {
      const at = l.text.replace(/\s+/g, '').search(/处罚决定书/);
      if (at < 0) continue;
      const m = DOC_NUMBER.exec(l.text.replace(/\s+/g, '').slice(at + 5));
      if (m && m.index === 0) return { value: cleanNumber(m[0]), page: l.page, from: d.spec.title };
    }
  }
  return undefined;
}

/** One officer read twice: the same name, and the same number unless one document gives none. */
const sameOfficer = (a: Officer, b: Officer) => a.name === b.name && (!a.certNo || !b.certNo || a.certNo === b.certNo);

/** Officers in order of first appearance; a number missing where first read is taken from another document. */
function collectOfficers(documents: Segment[], c: FieldCollector): { officers: Officer[]; problems: OfficerProblem[] } {
  const officers: Officer[] = [];
  const problems: OfficerProblem[] = [];
  for (const d of documents) {
    const read = readOfficersFrom(d);
    problems.push(...read.problems);
    for (const o of read.officers) {
      const have = officers.find((x) => x.name === o.value.name);
      if (!have) officers.push({ ...c.get<Officer>(`officer:${o.value.name}`)! });
      else if (!have.certNo && o.value.certNo) have.certNo = o.value.certNo;
    }
  }
  return { officers, problems };
}

/**
 * Never drop a certificate number silently: every officer without one is a warning. The numbers are uncertain
 * (rules on them not checked) when the layout could not pair names and numbers, or no officer has a number at all
 * (the numbers may sit where no layout we read puts them); an officer listed without one beside colleagues with
 * theirs is what the document states, and stays checkable.
 */
function officerWarnings(file: string, officers: Officer[], problems: OfficerProblem[], pages: Record<string, number>, warnings: Warning[]): boolean {
  for (const p of problems) warnings.push({ file, page: p.page, value: p.names.join('、'), reason: tr(p.reason.zh, p.reason.en) });
  const without = officers.filter((o) => !o.certNo);
  const unpaired = new Set(problems.flatMap((p) => p.names));
  for (const o of without) {
    if (unpaired.has(o.name)) continue;
    warnings.push({ file, page: pages[`officer:${o.name}`], value: o.name, reason: tr(`执法人员 ${o.name} 未载明执法证号`, `officer ${o.name} is listed without a certificate number`) });
  }
  return problems.length > 0 || (officers.length > 0 && without.length === officers.length);
}

/** The procedural date a document gives (立案审批表 → filed, 决定书 → decided, …). */
function addDate(c: FieldCollector, d: Segment): void {
  if (!d.spec.dateKey || !d.date) return;
  // a 送达回执 serves the decision only when it names it; one for a 告知书 is not the service of the decision
  if (d.spec.served) {
    const text = d.lines.map((l) => l.text).join('');
    if (!/决定书/.test(text) && /告知书|通知书/.test(text)) return;
  }
  c.add(`dates.${d.spec.dateKey}`, { value: d.date.iso, page: d.date.page, from: d.spec.title });
}

/**
 * Fields a case-file PDF has no place for, unless it holds the record: the publication date and the credit push
 * (on a website), the audio/video record (kept outside the paper file), the violation date (rarely a field of its own).
 */
function notStated(dates: Record<string, unknown>, documents: Segment[]): string[] {
  return [
    'creditPushed',
    ...(dates.published === undefined ? ['dates.published'] : []),
    ...(dates.violation === undefined ? ['dates.violation'] : []),
    ...(documents.some((d) => d.spec.flag === 'recorded') ? [] : ['recorded']),
  ];
}

/**
 * Did the officers show their certificates? Read from the records (笔录/记录: 出示了执法证件). Records without the words
 * say no — unless they came from OCR, which may have garbled them; no records, nothing known.
 */
function certificateShown(documents: Segment[], pages: PageText[]): Pick<CaseFile, 'certificateShown'> {
  const records = documents.filter((d) => d.spec.record);
  if (!records.length) return {};
  const text = records.flatMap((d) => d.lines.map((l) => l.text)).join('').replace(/\s+/g, '');
  if (/出示(?:了|过)?(?:行政)?(?:执法)?(?:证件|执法证|身份证件)|亮证/.test(text)) return { certificateShown: true };
  const ocr = records.some((d) => d.pages.some((p) => pages.find((x) => x.page === p)?.via));
  return ocr ? {} : { certificateShown: false };
}

/** The decision explains its discretion (说理): 综合考虑, 鉴于, 裁量基准, 从轻/从重 … */
function statesReasons(decision: Segment): boolean {
  const text = decision.lines.map((l) => l.text).join('').replace(/\s+/g, '');
  return /鉴于|综合考虑|考虑到|裁量基准|自由裁量|从轻|从重|减轻|情节(?:较轻|轻微|较重|严重|一般)|理由如下|本机关认为|陈述申辩[^。]{0,20}(?:采纳|不予采纳)/.test(text);
}

function assemble(file: string, pages: PageText[], documents: Segment[], c: FieldCollector, officers: Officer[], needsOcr: number[], decision?: Segment): CaseFile {
  const party = Object.fromEntries(
    (['name', 'creditCode', 'address'] as const).flatMap((k) => (c.get(`party.${k}`) ? [[k, c.get(`party.${k}`)]] : [])),
  ) as NonNullable<CaseFile['party']>;
  if (party.name) party.kind = party.creditCode || /(公司|厂|店|中心|矿|场|站|社|部|院|所|单位)$/.test(party.name) ? 'unit' : 'individual';
  const dates = Object.fromEntries(Object.entries(c.pages()).filter(([k]) => k.startsWith('dates.')).map(([k]) => [k.slice(6), c.get(k)]));
  const docs: CaseDocument[] = documents.map((d) => ({ title: d.spec.title, ...(d.date ? { date: d.date.iso } : {}), ...(d.number ? { number: d.number.value } : {}), pages: d.pages }));
  const evidence = [...new Set(documents.filter((d) => d.spec.evidence).map((d) => d.spec.title))];
  const kinds = decision ? readPenaltyKinds(decision) : [];
  const fieldPages = Object.fromEntries(
    Object.entries(c.pages()).map(([k, v]) => [k.startsWith('officer:') ? `officers[${officers.findIndex((o) => `officer:${o.name}` === k)}]` : k, v]),
  );
  const uncertain = [...c.conflicted].map((k) => (k.startsWith('officer:') ? 'officers' : k));
  // values read from OCR text: src/ocr/assess.ts decides which are uncertain (confidence, cross-checks)
  if (!c.get('id')) uncertain.push('id');
  const cf: CaseFile = {
    id: c.get<string>('id') ?? path.basename(file).replace(/\.pdf$/i, ''),
    ...(c.get('unit') ? { unit: c.get<string>('unit'), ...unitLevelOf(c.get<string>('unit')) } : {}),
    ...(documents.length ? { type: decision ? 'penalty' : documents.some((d) => /强制措施/.test(d.spec.title)) ? 'coercion' : 'inspection' } : {}),
    ...(Object.keys(party).length ? { party } : {}),
    ...(c.get('facts') ? { facts: c.get<string>('facts') } : {}),
    ...(c.get('violatedArticles') ? { violatedArticles: c.get<string[]>('violatedArticles') } : {}),
    ...(c.get('penaltyArticles') ? { penaltyArticles: c.get<string[]>('penaltyArticles') } : {}),
    ...(kinds.length ? { penaltyKinds: kinds } : {}),
    ...(c.get('fine') !== undefined ? { fine: c.get<number>('fine') } : {}),
    ...(officers.length ? { officers } : {}),
    ...(evidence.length ? { evidence } : {}),
    ...(docs.length ? { documents: docs } : {}),
    ...(Object.keys(dates).length ? { dates } : {}),
    ...(documents.some((d) => d.spec.flag === 'extensionApproved') ? { extensionApproved: true } : {}),
    ...(documents.some((d) => d.spec.flag === 'paymentDeferred') ? { paymentDeferred: true } : {}),
    ...(documents.some((d) => d.spec.flag === 'recorded') ? { recorded: true } : {}),
    // OCR may garble the very words that show reasons: from OCR text only a "yes" is trusted
    ...certificateShown(documents, pages),
    ...readInspectionRecord(documents),
    ...(decision && (statesReasons(decision) || !decision.pages.some((p) => pages.find((x) => x.page === p)?.via)) ? { reasoningStated: statesReasons(decision) } : {}),
    status: needsOcr.length ? 'needs-ocr' : 'ok',
    ...(needsOcr.length ? { needsOcrPages: needsOcr } : {}),
    ...(uncertain.length ? { uncertainFields: [...new Set(uncertain)].sort() } : {}),
    // publication and the credit push happen on a website: a case-file PDF without such a record cannot say
    notStated: notStated(dates, documents),
    fieldPages,
    source: { file, pages: pages.map((p) => p.page) },
  };
  return cf;
}
