/**
 * Two fixes applied to the XML events of a workbook's parts before exceljs's streaming reader sees them.
 *
 * 1. Cells and rows without `r=`. ECMA-376 Part 1 §18.3.1.4 (c) and §18.3.1.73 (row) make the reference
 *    optional: a cell without one is the next column, a row without one the next row. Several libraries and
 *    export systems write them so; exceljs's reader needs the attribute (it failed with "Cannot read properties
 *    of undefined (reading 'length')", and we refused valid files as corrupt). The missing references are
 *    filled in by position.
 * 2. Shared-string references out of range, negative or not a number. exceljs turned them into empty cells,
 *    silently. They become error cells (t="e") whose text says what was wrong, so the record builder warns
 *    with the cell address like any unreadable cell.
 */
import { tr } from '../../i18n.js';

export type SaxEvent = { eventType: string; value: unknown };
interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Column letters → number (A → 1, AA → 27); 0 when `ref` has none. */
function columnNumber(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The state of one part's events (one instance per parsed part). */
export class SheetEventFixer {
  private kind: 'sheet' | 'sst' | 'other' | undefined;
  private row = 0;
  private col = 0;
  /** events of a shared-string cell, held until its end tag so the cell can be rewritten as a whole */
  private held?: { tag: Tag; events: SaxEvent[]; v?: string; inV: boolean };

  constructor(
    /** shared strings of the workbook (read from the sst part; 0 when there is none) */
    private readonly sharedCount: () => number,
    private readonly onSharedString: (count: number) => void,
  ) {}

  private sstCount = 0;
  private cell = '';

  /** Where the parser is, for a message: the current cell (e.g. "C5"), or the shared string's number. */
  where(): string {
    if (this.kind === 'sst') return tr(`共享字符串第 ${this.sstCount + 1} 条`, `shared string ${this.sstCount + 1}`);
    return this.cell ? tr(`单元格 ${this.cell}`, `cell ${this.cell}`) : tr(`第 ${this.row} 行`, `row ${this.row}`);
  }

  open(tag: Tag, out: SaxEvent[]): void {
    if (this.kind === undefined) this.kind = tag.name === 'worksheet' ? 'sheet' : tag.name === 'sst' ? 'sst' : 'other';
    if (this.kind === 'sheet') {
      if (tag.name === 'row') {
        const r = Number(tag.attributes.r);
        if (!tag.attributes.r || !Number.isInteger(r) || r < 1) tag.attributes.r = String(this.row + 1);
        this.row = Number(tag.attributes.r);
        this.col = 0;
      } else if (tag.name === 'c') {
        const ref = tag.attributes.r;
        const col = ref ? columnNumber(ref) : 0;
        if (!ref || !col) tag.attributes.r = `${columnLetters(this.col + 1)}${this.row}`;
        this.col = columnNumber(tag.attributes.r!);
        this.cell = tag.attributes.r!;
        if (tag.attributes.t === 's') {
          this.held = { tag, events: [{ eventType: 'opentag', value: tag }], inV: false };
          return;
        }
      } else if (this.held && tag.name === 'v') {
        this.held.inV = true;
        this.held.v = '';
      }
    }
    (this.held?.events ?? out).push({ eventType: 'opentag', value: tag });
  }

  text(value: string, out: SaxEvent[]): void {
    if (this.held) {
      if (this.held.inV) this.held.v += value;
      this.held.events.push({ eventType: 'text', value });
    } else out.push({ eventType: 'text', value });
  }

  close(tag: Tag, out: SaxEvent[]): void {
    if (this.kind === 'sst' && tag.name === 'si') this.sstCount++;
    if (this.kind === 'sst' && tag.name === 'sst') this.onSharedString(this.sstCount);
    const held = this.held;
    if (!held) {
      out.push({ eventType: 'closetag', value: tag });
      return;
    }
    held.events.push({ eventType: 'closetag', value: tag });
    if (tag.name === 'v') held.inV = false;
    if (tag.name !== 'c') return;
    this.held = undefined;
    const raw = (held.v ?? '').trim();
    const n = this.sharedCount();
    if (held.v !== undefined && !(/^\d+$/.test(raw) && Number(raw) < n)) {
      // rewrite as an error cell: <c t="e"><v>what was wrong</v></c>
      held.tag.attributes.t = 'e';
      const why = tr(`无效的共享字符串引用 ${raw || '（空）'}（工作簿共有 ${n} 条）`, `invalid shared-string reference ${raw || '(empty)'} (the workbook has ${n})`);
      out.push(
        { eventType: 'opentag', value: held.tag },
        { eventType: 'opentag', value: { name: 'v', attributes: {} } },
        { eventType: 'text', value: why },
        { eventType: 'closetag', value: { name: 'v', attributes: {} } },
        { eventType: 'closetag', value: tag },
      );
      return;
    }
    for (const e of held.events) out.push(e);
  }
}
