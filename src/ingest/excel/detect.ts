/** Header-row detection: skip title and blank rows, read one- or two-row headers (merged group cells above). */
import type { RecordKind } from '../types.js';
import { matchHeader, type ColumnMatch, type CompiledMap } from './headers.js';

/**
 * Where a header is looked for: among the first 50 non-empty rows of a sheet, within its first 1,000 rows. A sheet
 * with none there is declared headerless and the rest of it is not read (a 1.2 GB sheet without a header was
 * parsed to its end, 70 s, before it was reported).
 */
export const HEADER_SCAN_ROWS = 50;
export const HEADER_SCAN_SPAN = 1000;

/** A row as plain text per column (index = 1-based column number). */
export interface TextRow {
  number: number;
  cells: string[];
}

export interface PlannedColumn {
  col: number;
  letter: string;
  header: string;
  match?: ColumnMatch;
}

export interface SheetPlan {
  kind: RecordKind;
  /** row numbers that form the header (two when a merged group row sits above) */
  headerRows: number[];
  columns: PlannedColumn[];
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

interface Candidate {
  plan: SheetPlan;
  fields: number;
  hasId: boolean;
}

function plan(kind: RecordKind, headerRows: number[], headers: { col: number; candidates: string[]; header: string }[], map?: CompiledMap): Candidate {
  const columns: PlannedColumn[] = [];
  const seen = new Set<string>();
  for (const h of headers) {
    let match: ColumnMatch | undefined;
    for (const c of h.candidates) if ((match = matchHeader(c, kind, map))) break;
    columns.push({ col: h.col, letter: columnLetter(h.col), header: h.header, ...(match ? { match } : {}) });
    if (match && match.field !== 'ignore') seen.add(match.field.field);
  }
  return { plan: { kind, headerRows, columns }, fields: seen.size, hasId: seen.has('id') };
}

function single(kind: RecordKind, row: TextRow, map?: CompiledMap): Candidate {
  const headers = [];
  for (let c = 1; c < row.cells.length; c++) if (row.cells[c]) headers.push({ col: c, header: row.cells[c]!, candidates: [row.cells[c]!] });
  return plan(kind, [row.number], headers, map);
}

/** Upper row = merged group labels (only the first cell of a merge holds text, so it is carried right). */
function double(kind: RecordKind, upper: TextRow, lower: TextRow, map?: CompiledMap): Candidate {
  const headers = [];
  const width = Math.max(upper.cells.length, lower.cells.length);
  let group = '';
  for (let c = 1; c < width; c++) {
    const u = upper.cells[c] ?? '';
    const l = lower.cells[c] ?? '';
    if (u) group = u;
    else if (!l) group = '';
    if (l) {
      const g = u || group;
      headers.push({ col: c, header: g ? `${g}/${l}` : l, candidates: g ? [`${g}${l}`, `${l}${g}`, l] : [l] });
    } else if (u) headers.push({ col: c, header: u, candidates: [u] });
  }
  return plan(kind, [upper.number, lower.number], headers, map);
}

/**
 * The header of a sheet from its first non-empty rows: the candidate row (or row pair) that names an id column
 * and the most fields, for the forced kind or for whichever kind matches better. Undefined when none names 2 fields.
 */
export function detectHeader(rows: TextRow[], opts: { kind?: RecordKind; map?: CompiledMap } = {}): SheetPlan | undefined {
  const kinds: RecordKind[] = opts.kind ? [opts.kind] : ['cases', 'schemes'];
  const candidates: (Candidate & { order: number })[] = [];
  rows.forEach((row, i) => {
    for (const kind of kinds) {
      candidates.push({ ...single(kind, row, opts.map), order: i * 2 });
      const next = rows[i + 1];
      if (next && next.number === row.number + 1) candidates.push({ ...double(kind, row, next, opts.map), order: i * 2 + 1 });
    }
  });
  const usable = candidates.filter((c) => c.fields >= 2 || (c.hasId && c.plan.columns.some((col) => col.match?.via === 'map')));
  usable.sort((a, b) => Number(b.hasId) - Number(a.hasId) || b.fields - a.fields || a.plan.headerRows.length - b.plan.headerRows.length || a.order - b.order);
  return usable[0]?.plan;
}
