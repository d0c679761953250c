/** `import --print-map`: how each column of each sheet was understood (header row, field, unit, source of the match). */
import path from 'node:path';
import { expandInputs } from '../../util/fs.js';
import type { RecordKind, ReaderOptions } from '../types.js';
import { resolveMapping } from './mapping.js';
import { readXlsx } from './read-xlsx.js';
import { columnLetter, type PlannedColumn, type TextRow } from './detect.js';

export interface ColumnMapEntry {
  column: string;
  header: string;
  /** the field, or null when the column is not used */
  field: string | null;
  unit?: 'wan' | 'yuan';
  via?: 'map' | 'alias';
}

export interface SheetMapReport {
  file: string;
  sheet: string;
  kind?: RecordKind;
  headerRows: number[];
  columns: ColumnMapEntry[];
}

/** Describe the column mapping of every .xlsx among the inputs (other inputs have no columns to map). */
export async function describeColumns(inputs: string[], options: ReaderOptions = {}): Promise<SheetMapReport[]> {
  const opts = await resolveMapping(options);
  const files = (await expandInputs(inputs)).filter((f) => path.extname(f).toLowerCase() === '.xlsx');
  const out: SheetMapReport[] = [];
  for (const file of files) {
    const r = await readXlsx(file, { ...opts, planOnly: true });
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
        })),
      });
    }
  }
  return out;
}

function unmatched(row: TextRow | undefined): PlannedColumn[] {
  const out: PlannedColumn[] = [];
  row?.cells.forEach((header, col) => {
    if (header) out.push({ col, letter: columnLetter(col), header });
  });
  return out;
}
