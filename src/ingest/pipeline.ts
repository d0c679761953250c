/** Every record on its way into the dataset: post-checks, duplicate ids, then the sink — one record at a time, so an import can stream. */
import { displayName } from '../util/display-path.js';
import { InputError, formatLocation } from '../errors.js';
import { tr } from '../i18n.js';
import type { CaseFile, Reject, Scheme, Source, Warning } from '../model/types.js';
import { caseIdKey } from './normalize/text.js';
import { checkRecord, type CheckOutput } from './post-check.js';
import type { RecordKind } from './types.js';

/** Where kept records go, in dataset order: a collector (the default) or a streaming writer (an import with -o). */
export type RecordSink = (kind: RecordKind, record: CaseFile | Scheme) => void | Promise<void>;

/**
 * Duplicate ids (compared by caseIdKey: full-width, spaces and bracket styles ignored): an error, or a reject; `keep`
 * (not a user option) keeps every record, for callers that match records to ids themselves (--documents: two PDFs
 * may read as one case number, and which is whose is decided by their file names first).
 */
export type DuplicateMode = 'error' | 'reject' | 'keep';

/**
 * The per-record stage of ingest. Rejects and warnings keep one order whatever the interleaving of records:
 * the readers' own (input order), then post-check findings on cases, on schemes, then duplicate ids of
 * cases, of schemes.
 */
export class RecordPipeline {
  readonly readerRejects: Reject[] = [];
  readonly readerWarnings: Warning[] = [];
  readonly counts = { cases: 0, schemes: 0 };
  private readonly post: Record<RecordKind, CheckOutput> = { cases: { rejects: [], warnings: [] }, schemes: { rejects: [], warnings: [] } };
  private readonly duplicates: Record<RecordKind, Reject[]> = { cases: [], schemes: [] };
  // only the first occurrence's location is kept, never the record, so streamed records can be freed
  private readonly seen: Record<RecordKind, Map<string, Source>> = { cases: new Map(), schemes: new Map() };
  private readonly firstDuplicate: Partial<Record<RecordKind, InputError>> = {};
  private readonly keptBySheet = new Map<string, number>();

  constructor(
    private readonly mode: DuplicateMode,
    private readonly sink: RecordSink,
  ) {}

  /** One record from a reader: checked, deduplicated, then handed to the sink (whose promise is returned). */
  add(kind: RecordKind, rec: CaseFile | Scheme): void | Promise<void> {
    if (!checkRecord(kind, rec, this.post[kind])) return;
    const key = caseIdKey(rec.id);
    const first = this.mode === 'keep' ? undefined : this.seen[kind].get(key);
    if (first) {
      this.duplicate(kind, rec, first);
      return;
    }
    this.seen[kind].set(key, rec.source);
    this.counts[kind]++;
    const sheetKey = `${rec.source.file}\u0000${rec.source.sheet ?? ''}`;
    this.keptBySheet.set(sheetKey, (this.keptBySheet.get(sheetKey) ?? 0) + 1);
    return this.sink(kind, rec);
  }

  /** Records kept from one sheet of one file (for the rows read = records + rejects accounting). */
  keptIn(file: string, sheet: string): number {
    return this.keptBySheet.get(`${file}\u0000${sheet}`) ?? 0;
  }

  /** After the last record: the first duplicate id (cases before schemes) is an input error in 'error' mode. */
  finish(): { rejects: Reject[]; warnings: Warning[] } {
    const dup = this.firstDuplicate.cases ?? this.firstDuplicate.schemes;
    if (dup) throw dup;
    return {
      rejects: [...this.readerRejects, ...this.post.cases.rejects, ...this.post.schemes.rejects, ...this.duplicates.cases, ...this.duplicates.schemes],
      warnings: [...this.readerWarnings, ...this.post.cases.warnings, ...this.post.schemes.warnings],
    };
  }

  private duplicate(kind: RecordKind, rec: CaseFile | Scheme, first: Source): void {
    const where = formatLocation({ file: displayName(rec.source.file), sheet: rec.source.sheet, row: rec.source.row });
    const firstWhere = formatLocation({ file: displayName(first.file), sheet: first.sheet, row: first.row });
    if (this.mode === 'error') {
      this.firstDuplicate[kind] ??= new InputError(tr(`${kind === 'cases' ? '案件' : '方案'}编号重复："${rec.id}" 位于 ${where}（首次出现于 ${firstWhere}）`, `duplicate ${kind === 'cases' ? 'case' : 'scheme'} id "${rec.id}" at ${where} (first at ${firstWhere})`), {
        location: { file: displayName(rec.source.file), sheet: rec.source.sheet, row: rec.source.row },
        hint: tr('抽样框中编号重复是错误的；请修正导出文件，或加 --duplicates reject 保留第一条并将其余列为拒收记录', 'a sampling frame with duplicate ids is wrong; fix the export, or pass --duplicates reject to keep the first and list the others as rejects'),
      });
      return;
    }
    this.duplicates[kind].push({
      file: rec.source.file,
      ...(rec.source.sheet ? { sheet: rec.source.sheet } : {}),
      ...(rec.source.row ? { row: rec.source.row } : {}),
      value: rec.id,
      reason: tr(`编号重复（首次出现于 ${firstWhere}）`, `duplicate id (first at ${firstWhere})`),
    });
  }
}
