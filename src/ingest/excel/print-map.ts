/** `import --print-map`: how each column of each sheet was understood (header row, field, unit, source of the match). */
import path from 'node:path';
import { expandInputs } from '../../util/fs.js';
import type { RecordKind, ReaderOptions } from '../types.js';
import { resolveMapping } from './mapping.js';
import { readXlsx, type XlsxReadResult } from './read-xlsx.js';
import { columnLetter, type PlannedColumn, type TextRow } from './detect.js';
import { closestAlias } from './headers.js';
import { readCsv } from '../csv/read-csv.js';
import { readXls } from '../xls/read-xls.js';

/** The table readers, by extension (every input with columns to map). */
const TABLE_READERS: Record<string, (file: string, opts: ReaderOptions & { planOnly: true }) => Promise<XlsxReadResult>> = {
  '.xlsx': readXlsx,
  '.xlsm': readXlsx,
  '.xls': readXls,
  '.csv': readCsv,
  '.tsv': readCsv,
};

export interface ColumnMapEntry {
  column: string;
  header: string;
  /** the field, or null when the column is not used */
  field: string | null;
  unit?: 'wan' | 'yuan';
  via?: 'map' | 'alias';
  /** for a column no alias or mapping matched: the nearest built-in alias, to copy into a mapping file */
  closest?: { alias: string; field: string; score: number };
}

export interface SheetMapReport {
  file: string;
  sheet: string;
  kind?: RecordKind;
  headerRows: number[];
  columns: ColumnMapEntry[];
}

/** Describe the column mapping of every table input (.xlsx, .xls, .csv, .tsv); JSON and PDF have no columns to map. */
export async function describeColumns(inputs: string[], options: ReaderOptions = {}): Promise<SheetMapReport[]> {
  const opts = await resolveMapping(options);
  const files = (await expandInputs(inputs, Object.keys(TABLE_READERS))).filter((f) => TABLE_READERS[path.extname(f).toLowerCase()]);
  const out: SheetMapReport[] = [];
  for (const file of files) {
    const r = await TABLE_READERS[path.extname(file).toLowerCase()]!(file, { ...opts, planOnly: true });
    for (const m of r.maps) {
      out.push({
        file,
        sheet: m.sheet,
        ...(m.plan ? { kind: m.plan.kind } : {}),
        headerRows: m.plan?.headerRows ?? (m.firstRow ? [m.firstRow.number] : []),
        columns: (m.plan?.columns ?? unmatched(m.firstRow)).map((c) => ({
          column: c.letter,
          header: c.header,
          field: c.match ? (c.match.field === 'ignore' ? null : c.match.field.field) : null,
          ...(c.match?.unit ? { unit: c.match.unit } : {}),
          ...(c.match ? { via: c.match.via } : {}),
          ...(c.match ? {} : suggestion(c.header, m.plan?.kind ?? opts.kind)),
        })),
      });
    }
  }
  return out;
}

function suggestion(header: string, kind: RecordKind | undefined): { closest?: ColumnMapEntry['closest'] } {
  const found = (kind ? [kind] : (['cases', 'schemes'] as RecordKind[])).map((k) => closestAlias(header, k)).filter((x) => x !== undefined);
  found.sort((a, b) => b.score - a.score);
  return found[0] ? { closest: found[0] } : {};
}

function unmatched(row: TextRow | undefined): PlannedColumn[] {
  const out: PlannedColumn[] = [];
  row?.cells.forEach((header, col) => {
    if (header) out.push({ col, letter: columnLetter(col), header });
  });
  return out;
}
