/**
 * Which case-file PDFs (`--documents`) belong to which drawn cases, decided before any PDF is opened where the names
 * allow: a register column naming the file (案卷文件), or a file name that is (or holds) a case number. Files that
 * neither names are read as far as their first page, and their case number decides (matchByContent).
 */
import path from 'node:path';
import type { CaseFile, DocumentMatch } from '../../model/types.js';
import { caseNumbersIn, looseCaseKey, sameCaseSeries } from '../../model/keys.js';

/** A file name as compared with a register's 案卷文件 column: base name, no .pdf, NFKC, no spaces, lower case. */
export function fileNameKey(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name;
  return base
    .replace(/\.pdf$/i, '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export interface DocumentPlan {
  /** files known to be a drawn case's, with the drawn record's id and how they were matched (in file order) */
  drawn: { file: string; id: string; matchedBy: Exclude<DocumentMatch, 'case-number'> }[];
  /** files named (by the register column or their file name) as a case that was not drawn: never opened */
  notDrawn: string[];
  /** files whose names say nothing: read up to their first page to find their case number */
  unknown: string[];
  /** a second file for a drawn case already matched (not read) */
  duplicates: { file: string; id: string; first: string }[];
}

/** The drawn case a file name points to: the whole name is a case number, or it holds exactly one. */
function byName(file: string, keys: Map<string, string>): string | undefined {
  const base = path.basename(file, path.extname(file));
  const whole = keys.get(looseCaseKey(base));
  if (whole) return whole;
  const found = [...new Set(caseNumbersIn(base).map((n) => keys.get(looseCaseKey(n))).filter((x): x is string => x !== undefined))];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Sort the document files into drawn / not drawn / unknown. `drawn` are the drawn register records, `register` every
 * record of the register (the draw's frame and the rest). A register column wins over a file name.
 */
export function planDocuments(files: string[], drawn: CaseFile[], register: CaseFile[]): DocumentPlan {
  const drawnIds = new Map(drawn.map((c) => [looseCaseKey(c.id), c.id]));
  const otherIds = new Map(register.filter((c) => !drawnIds.has(looseCaseKey(c.id))).map((c) => [looseCaseKey(c.id), c.id]));
  const column = new Map<string, CaseFile>();
  for (const c of register) if (c.documentFile && !column.has(fileNameKey(c.documentFile))) column.set(fileNameKey(c.documentFile), c);
  const plan: DocumentPlan = { drawn: [], notDrawn: [], unknown: [], duplicates: [] };
  const taken = new Map<string, string>();
  const take = (file: string, id: string, matchedBy: DocumentPlan['drawn'][number]['matchedBy']) => {
    const first = taken.get(id);
    if (first) return void plan.duplicates.push({ file, id, first });
    taken.set(id, file);
    plan.drawn.push({ file, id, matchedBy });
  };
  // register-column matches first, so a file the register names wins over one whose name merely is the number
  const rest: string[] = [];
  for (const file of files) {
    const row = column.get(fileNameKey(file));
    if (!row) rest.push(file);
    else if (drawnIds.has(looseCaseKey(row.id))) take(file, drawnIds.get(looseCaseKey(row.id))!, 'register-column');
    else plan.notDrawn.push(file);
  }
  for (const file of rest) {
    const id = byName(file, drawnIds);
    if (id) take(file, id, 'file-name');
    else if (byName(file, otherIds)) plan.notDrawn.push(file);
    else plan.unknown.push(file);
  }
  return plan;
}

/**
 * The drawn case a PDF read in full belongs to, by the case number read from it: its own (the decision's 文号) equal
 * to a drawn id, else one drawn id of its series named by it or one of its documents (the 立案审批表 of the case).
 */
export function matchByContent(record: CaseFile, drawn: CaseFile[]): string | undefined {
  const exact = drawn.find((c) => looseCaseKey(c.id) === looseCaseKey(record.id));
  if (exact) return exact.id;
  const numbers = [record.id, ...(record.documents ?? []).flatMap((d) => (d.number ? [d.number] : []))];
  const series = drawn.filter((c) => numbers.some((n) => sameCaseSeries(n, c.id)));
  return series.length === 1 ? series[0]!.id : undefined;
}
