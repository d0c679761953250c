/**
 * A drawn register row merged with its case-file PDF (`--documents`). The case file is what is audited, so the
 * record is the PDF's. The register row gives only what a case file has no place for:
 *  - the fields the PDF reader lists in `notStated` (the publication date, the credit push, the audio/video record,
 *    the violation date — recorded outside the paper file), when the register states them;
 *  - descriptive fields the PDF did not give: the unit and its level, city and credit code, the case type and title,
 *    the industry, the party's kind, and an inspection's scheme, 互联网+监管 number/entry and plan membership.
 * Everything a rule reads as evidence of the procedure — documents, dates, officers, facts, articles, the fine, the
 * party's name and code — comes from the PDF only: a register date never stands in for a document the file lacks,
 * and a value OCR could not read surely stays uncertain. Where both give a key field and they differ, both values
 * are kept (`document.disagreements`); nothing is picked silently. The id is the register's (the drawn id).
 */
import type { CaseFile, DocumentDisagreement, DocumentRead } from '../../model/types.js';
import { looseCaseKey, nameKey } from '../../model/keys.js';

/** Descriptive fields taken from the register row when the PDF did not give them. */
export const REGISTER_FILLS = ['unit', 'unitLevel', 'city', 'unitCreditCode', 'type', 'title', 'industry', 'party.kind', 'schemeId', 'supervisionNo', 'supervisionEntered', 'inAnnualPlan'] as const;

/** Key fields compared between the register row and the PDF. */
export const COMPARED = ['id', 'type', 'party.name', 'party.creditCode', 'fine', 'dates.decided'] as const;

function getPath(rec: object, field: string): unknown {
  let v: unknown = rec;
  for (const k of field.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function setPath(rec: object, field: string, value: unknown): void {
  const keys = field.split('.');
  let o = rec as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);

/** The value of a compared field as compared (names without spaces, codes in upper case, ids by their loose key). */
function comparable(field: string, v: unknown): string | undefined {
  if (!present(v)) return undefined;
  if (field === 'id') return looseCaseKey(String(v));
  if (field === 'party.name') return nameKey(String(v));
  if (field === 'party.creditCode') return String(v).toUpperCase().replace(/\s+/g, '');
  return String(v);
}

/** Where the register row and the PDF both give a key field and differ. */
export function disagreements(register: CaseFile, doc: CaseFile): DocumentDisagreement[] {
  const out: DocumentDisagreement[] = [];
  for (const f of COMPARED) {
    const a = comparable(f, getPath(register, f));
    const b = comparable(f, getPath(doc, f));
    if (a === undefined || b === undefined || a === b) continue;
    out.push({ field: f, register: String(getPath(register, f)), document: String(getPath(doc, f)), ...(doc.uncertainFields?.includes(f) ? { uncertain: true } : {}) });
  }
  return out;
}

/** The drawn case as audited: the PDF's record, completed from the register row as the module comment says. */
export function mergeDocument(register: CaseFile, doc: CaseFile, read: Pick<DocumentRead, 'file' | 'sha256' | 'matchedBy'>): CaseFile {
  const out = structuredClone(doc);
  out.id = register.id;
  const fromRegister: string[] = [];
  const notStated = new Set(doc.notStated ?? []);
  const unread = doc.status === 'needs-ocr'; // pages not read: nothing is known of the file, nothing is filled in for it
  for (const f of [...(unread ? [] : doc.notStated ?? []), ...REGISTER_FILLS]) {
    if (fromRegister.includes(f) || (present(getPath(out, f)) && !notStated.has(f))) continue;
    const v = getPath(register, f);
    if (!present(v) || register.notStated?.includes(f)) continue;
    setPath(out, f, structuredClone(v));
    notStated.delete(f);
    fromRegister.push(f);
  }
  if (doc.notStated) out.notStated = [...notStated];
  if (!out.notStated?.length) delete out.notStated;
  if (register.documentFile) out.documentFile = register.documentFile;
  out.document = { ...read, register: register.source, fromRegister, disagreements: disagreements(register, doc) };
  return out;
}
