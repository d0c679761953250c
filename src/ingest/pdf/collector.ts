/** Collects extracted values with their pages; a value found again with different content is a conflict, never overwritten. */
import { tr } from '../../i18n.js';
import type { Warning } from '../../model/types.js';

/** A value and where it was read. */
export interface Found<T> {
  value: T;
  page: number;
  /** the document it came from (for messages) */
  from: string;
}

export class FieldCollector {
  private readonly values = new Map<string, Found<unknown>>();
  readonly warnings: Warning[] = [];
  readonly conflicted = new Set<string>();

  constructor(private readonly file: string) {}

  /**
   * Keep the first value of a field (callers visit the authoritative document first); a later different value
   * becomes a warning naming both pages, and the field is marked uncertain.
   */
  add<T>(field: string, found: Found<T> | undefined, same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b)): void {
    if (!found || found.value === undefined) return;
    const first = this.values.get(field) as Found<T> | undefined;
    if (!first) {
      this.values.set(field, found);
      return;
    }
    if (same(first.value, found.value)) return;
    this.conflicted.add(field);
    const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
    this.warnings.push({
      file: this.file,
      page: found.page,
      column: field,
      value: show(found.value),
      reason: tr(
        `${field} 前后不一致：第 ${first.page} 页（${first.from}）为 "${show(first.value)}"，第 ${found.page} 页（${found.from}）为 "${show(found.value)}"；保留前者`,
        `conflicting ${field}: "${show(first.value)}" on page ${first.page} (${first.from}) vs "${show(found.value)}" on page ${found.page} (${found.from}); kept the first`,
      ),
    });
  }

  get<T>(field: string): T | undefined {
    return this.values.get(field)?.value as T | undefined;
  }

  /** field → page of the kept value, sorted by field name. */
  pages(): Record<string, number> {
    return Object.fromEntries([...this.values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v.page]));
  }
}
