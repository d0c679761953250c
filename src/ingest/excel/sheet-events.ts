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

/** Is `v` a shared-string index below `n` (digits only)? No regex or allocation: it runs for every string cell. */
function isIndex(v: string, n: number): boolean {
  if (!v.length) return false;
  let x = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    x = x * 10 + c;
  }
  return x < n;
}

/** The state of one part's events (one instance per parsed part). */
export class SheetEventFixer {
  private kind: 'sheet' | 'sst' | 'other' | undefined;
  private row = 0;
  private col = 0;
  private cell = '';
  private sstCount = 0;
  /**
   * The shared-string cell being read: events go out as they come (no copying on the hot path); its start tag
   * is rewritten in place when the reference proves bad. A batch never ends inside such a cell (carry()), so
   * exceljs has not yet seen the start tag when it is rewritten.
   */
  private sc?: { tag: Tag; start: number; inV: boolean; vText: number; v: string };
  /** one object reused for every shared-string cell (millions in a large export: no garbage per cell) */
  private readonly scSlot = { tag: undefined as unknown as Tag, start: 0, inV: false, vText: -1, v: '' };

  constructor(
    /** shared strings of the workbook (read from the sst part; 0 when there is none) */
    private readonly sharedCount: () => number,
    private readonly onSharedString: (count: number) => void,
  ) {}

  /** Where the parser is, for a message: the current cell (e.g. "C5"), or the shared string's number. */
  where(): string {
    if (this.kind === 'sst') return tr(`共享字符串第 ${this.sstCount + 1} 条`, `shared string ${this.sstCount + 1}`);
    return this.cell ? tr(`单元格 ${this.cell}`, `cell ${this.cell}`) : tr(`第 ${this.row} 行`, `row ${this.row}`);
  }

  open(tag: Tag, out: SaxEvent[]): void {
    out.push({ eventType: 'opentag', value: tag });
    if (this.kind !== 'sheet') {
      if (this.kind === undefined) this.kind = tag.name === 'worksheet' ? 'sheet' : tag.name === 'sst' ? 'sst' : 'other';
      return;
    }
    const name = tag.name;
    if (name === 'c') {
      const a = tag.attributes;
      const col = a.r ? columnNumber(a.r) : 0;
      if (col) this.col = col;
      else a.r = `${columnLetters(++this.col)}${this.row}`;
      this.cell = a.r!;
      if (a.t === 's') {
        const sc = this.scSlot;
        sc.tag = tag;
        sc.start = out.length - 1;
        sc.inV = false;
        sc.vText = -1;
        sc.v = '';
        this.sc = sc;
      }
    } else if (name === 'v') {
      if (this.sc) this.sc.inV = true;
    } else if (name === 'row') {
      const r = Number(tag.attributes.r);
      if (!tag.attributes.r || !Number.isInteger(r) || r < 1) tag.attributes.r = String(this.row + 1);
      this.row = Number(tag.attributes.r);
      this.col = 0;
    }
  }

  text(value: string, out: SaxEvent[]): void {
    out.push({ eventType: 'text', value });
    const sc = this.sc;
    if (sc?.inV) {
      if (sc.vText < 0) sc.vText = out.length - 1;
      sc.v += value;
    }
  }

  close(tag: Tag, out: SaxEvent[]): void {
    out.push({ eventType: 'closetag', value: tag });
    const sc = this.sc;
    if (sc) {
      if (tag.name === 'v') sc.inV = false;
      else if (tag.name === 'c') {
        this.sc = undefined;
        const n = this.sharedCount();
        if (isIndex(sc.v, n)) return;
        const raw = sc.v.trim();
        if (isIndex(raw, n)) return;
        // rewrite as an error cell, <c t="e"><v>what was wrong</v></c>: the record builder warns with the address
        sc.tag.attributes.t = 'e';
        const why = tr(`无效的共享字符串引用 ${raw || '（空）'}（工作簿共有 ${n} 条）`, `invalid shared-string reference ${raw || '(empty)'} (the workbook has ${n})`);
        if (sc.vText >= 0) {
          (out[sc.vText] as SaxEvent).value = why;
          for (let i = sc.vText + 1; i < out.length; i++) if (out[i]!.eventType === 'text') out[i]!.value = '';
        } else {
          out.splice(out.length - 1, 0, { eventType: 'opentag', value: { name: 'v', attributes: {} } }, { eventType: 'text', value: why }, { eventType: 'closetag', value: { name: 'v', attributes: {} } });
        }
      }
      return;
    }
    if (this.kind === 'sst') {
      if (tag.name === 'si') this.sstCount++;
      else if (tag.name === 'sst') this.onSharedString(this.sstCount);
    }
  }

  /** Before a batch is handed to exceljs: the events of an unfinished shared-string cell, moved to the next batch. */
  carry(out: SaxEvent[]): SaxEvent[] {
    const sc = this.sc;
    if (!sc) return [];
    const rest = out.splice(sc.start);
    if (sc.vText >= 0) sc.vText -= sc.start;
    sc.start = 0;
    return rest;
  }
}
