/** Canonical types shared by every stage: the contract scripts rely on (see docs/model.md). */

export const SCHEMA_VERSION = 1;

export type UnitLevel = 'province' | 'city' | 'county';
export type CaseType = 'penalty' | 'coercion' | 'inspection';
/** The two kinds of record a dataset holds. */
export type RecordKind = 'cases' | 'schemes';
export type PartyKind = 'unit' | 'individual';

/** Where a record or value came from: file, sheet/row for spreadsheets, pages for PDFs. */
export interface Source {
  file: string;
  sheet?: string;
  row?: number;
  pages?: number[];
}

export interface Party {
  name?: string;
  kind?: PartyKind;
  creditCode?: string;
  address?: string;
}

export interface Officer {
  name: string;
  certNo?: string;
  /** ISO date YYYY-MM-DD */
  certValidUntil?: string;
}

/** Who of the enterprise was present throughout an inspection (三位一体: 主要负责人 + 安全管理人员 + 岗位操作人员). */
export interface Presence {
  principal?: boolean;
  safetyManager?: boolean;
  operator?: boolean;
}

export interface CaseDocument {
  title: string;
  date?: string;
  number?: string;
  pages?: number[];
}

export const DATE_KEYS = [
  'filed',
  'notified',
  'hearingNotified',
  'hearingHeld',
  'legalReview',
  'collectiveDiscussion',
  'decided',
  'served',
  'published',
  'paid',
  'closed',
  'rectificationDeadline',
  'reinspected',
  /** the violation happened, or ended when continuing (行政处罚法 第三十六条第二款) */
  'violation',
  /** evidence registered and preserved (先行登记保存, 第五十六条) */
  'evidencePreserved',
  /** the handling decision on preserved evidence (先行登记保存证据处理决定书) */
  'preservationHandled',
  /** the party asked for a hearing (第六十四条第（一）项) */
  'hearingRequested',
  /** the party was notified of the hearing's time and place (听证会通知书, 第六十四条第（二）项) */
  'hearingScheduled',
] as const;
export type DateKey = (typeof DATE_KEYS)[number];
export type CaseDates = Partial<Record<DateKey, string>>;

/** How a case file's scanned pages were read (OCR): engine, pages, confidence of the page text and of each value. */
export interface OcrInfo {
  /** engine id, e.g. `tesseract 5.3.0 chi_sim psm6` */
  engine: string;
  /** pages whose text came from OCR (or that OCR could not read) */
  pages: number[];
  /** pages OCR could not read (their text was not used; fields that may be on them are uncertain) */
  unreadablePages?: number[];
  /** engine confidence 0–100, mean over the OCR'd characters */
  meanConfidence: number;
  /** field path → page it was read on and the engine's confidence for it (lowest character of its best reading) */
  fields?: Record<string, { page: number; confidence: number }>;
}

export interface CaseFile {
  /** case number (案件编号 / 文书号), as written */
  id: string;
  unit?: string;
  unitLevel?: UnitLevel;
  /** the city a county unit belongs to, when known (used for strata) */
  city?: string;
  /** the enforcing unit's unified social credit code (双公示 处罚机关统一社会信用代码): characters 3–8 place the unit */
  unitCreditCode?: string;
  type?: CaseType;
  title?: string;
  party?: Party;
  industry?: string;
  facts?: string;
  violatedArticles?: string[];
  penaltyArticles?: string[];
  penaltyKinds?: string[];
  /** fine in yuan */
  fine?: number;
  officers?: Officer[];
  evidence?: string[];
  documents?: CaseDocument[];
  dates?: CaseDates;
  extensionApproved?: boolean;
  creditPushed?: boolean;
  referredToJudiciary?: boolean;
  /** the enforcement was recorded from start to end in text and audio/video (执法全过程记录, 行政处罚法 第四十七条) */
  recorded?: boolean;
  /** the decision explains its reasons: why this penalty and amount (说理式执法, 赣应急字〔2020〕168号 §五(十四)) */
  reasoningStated?: boolean;
  /** the officers showed their enforcement certificates when inspecting or investigating (出示执法证件) */
  certificateShown?: boolean;
  /** deferred or instalment payment approved (暂缓或者分期缴纳罚款, 行政处罚法 第六十六条第二款) */
  paymentDeferred?: boolean;
  /** 三位一体 on-site model (赣应急字〔2020〕168号 §三(七)): a kick-off meeting (启动会) opened the inspection */
  kickoffMeeting?: boolean;
  /** 三位一体: a summary meeting (总结会) closed the inspection */
  summaryMeeting?: boolean;
  /** the enterprise's people present throughout the inspection, as written: names with posts (王某（主要负责人）) or posts */
  attendees?: string[];
  /** present throughout, per role, when the export has a yes/no column for each (主要负责人/安全管理人员/岗位操作人员在场) */
  present?: Presence;
  /** experts who took part in the inspection (执法+专家) */
  experts?: string[];
  /** the inspection scheme (检查方案) this inspection carried out: its number, as the scheme list gives it */
  schemeId?: string;
  /** the number the 互联网+监管 system gave this inspection (监管行为编码 / 互联网+监管编号) */
  supervisionNo?: string;
  /** entered in the 互联网+监管 system, when the export has a yes/no column */
  supervisionEntered?: boolean;
  /** the inspection is in the annual inspection plan (计划内) or not (计划外), as the export says */
  inAnnualPlan?: boolean;
  /** ingestion status: ok, or needs-ocr when pages had no text layer (not auto-checkable until OCR/review) */
  status?: 'ok' | 'needs-ocr';
  /** PDF pages without a text layer (status needs-ocr) */
  needsOcrPages?: number[];
  /** provenance: field path (id, party.name, dates.decided, officers[0] …) → PDF page the value was read on */
  fieldPages?: Record<string, number>;
  /** values the reader could not read with confidence (field names), e.g. from OCR */
  uncertainFields?: string[];
  /**
   * fields the source has no place for (a case-file PDF holds no publication record; an export without a
   * 公示日期 column): unknown, not absent — rules that need them report "not checked"
   */
  notStated?: string[];
  /** present when some pages were read by OCR */
  ocr?: OcrInfo;
  /** the register's name of this case's case-file PDF (案卷文件 / 电子案卷 column): `--documents` reads that file */
  documentFile?: string;
  /** `--documents`: the case-file PDF this record was read from, merged with its register row (ingest/documents) */
  document?: DocumentRead;
  source: Source;
}

/** How a drawn case's case-file PDF was found among the documents (`--documents`). */
export type DocumentMatch = 'file-name' | 'register-column' | 'case-number';

/** A key field on which the register row and the case-file PDF disagree (both values kept for the reader). */
export interface DocumentDisagreement {
  field: string;
  register: string;
  document: string;
  /** the document's value was read by OCR without confidence */
  uncertain?: boolean;
}

/**
 * The case-file PDF behind a drawn case (`--documents`): the record is the PDF's, with `fromRegister` the fields
 * taken from the register row because a case file has no place for them (see ingest/documents/merge.ts).
 */
export interface DocumentRead {
  /** the PDF, as the outputs name files (relative to the working folder, or by name) */
  file: string;
  sha256: string;
  matchedBy: DocumentMatch;
  /** the register row the draw was made from */
  register: Source;
  /** field paths whose values came from the register row */
  fromRegister: string[];
  disagreements: DocumentDisagreement[];
}

/** What results.json records of the documents (`documents`). */
export interface DocumentsSummary {
  /** the files or folders given */
  inputs: string[];
  /** PDFs found in them */
  files: number;
  /** drawn cases read from a PDF */
  matched: number;
  /** drawn ids with no PDF: scored on their register row */
  missing: string[];
  /** PDFs of cases not drawn: never opened (named by file name or register column) or read only to page 1 */
  notDrawn: number;
  /** of those, the ones opened to read their first page (or, born-digital, read and set aside) */
  notDrawnOpened: number;
  /** PDFs that could not be read (no OCR engine, --ocr off) and that no name places: not known whose */
  unidentified: number;
  /** those PDFs by name (the report lists them) */
  unidentifiedFiles?: string[];
  /** PDFs that could not be opened at all (damaged, not a PDF), gone past with --skip-bad: by name, with why */
  unreadableFiles?: { file: string; reason: string }[];
}

export interface Scheme {
  id: string;
  unit?: string;
  unitLevel?: UnitLevel;
  target?: string;
  industry?: string;
  inAnnualPlan?: boolean;
  methods?: string[];
  items?: string[];
  officers?: Officer[];
  experts?: string[];
  date?: string;
  kickoffMeeting?: boolean;
  summaryMeeting?: boolean;
  source: Source;
}

/** A row or file that did not become a record, with where and why. */
export interface Reject {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  page?: number;
  value?: string;
  reason: string;
}

/** A value that could not be read; the record was kept and the field left empty. */
export type Warning = Reject;

export interface Dataset {
  schemaVersion: number;
  cases: CaseFile[];
  schemes: Scheme[];
  rejects: Reject[];
  warnings: Warning[];
}

export function emptyDataset(): Dataset {
  return { schemaVersion: SCHEMA_VERSION, cases: [], schemes: [], rejects: [], warnings: [] };
}
