/** Ingest stage: files and folders → one canonical dataset, with a per-input summary. Nothing lost, nothing silent. */
import path from 'node:path';
import { CaseAuditError, InputError, formatLocation } from '../errors.js';
import { emptyDataset, type Dataset } from '../model/types.js';
import { expandInputs } from '../util/fs.js';
import { tr } from '../i18n.js';
import { caseIdKey } from './normalize/text.js';
import { resolveMapping } from './excel/mapping.js';
import { knownExtensions, readerFor } from './readers.js';
import { postCheck } from './post-check.js';
import type { ReaderOptions, ReadResult } from './types.js';

export type { ReaderOptions, ReadResult, Reader, RecordKind } from './types.js';

export interface InputSummary {
  path: string;
  kind: ReadResult['kind'] | 'unknown';
  status: 'ok' | 'needs-ocr' | 'error';
  records: number;
  rejects: number;
  message?: string;
  sheets?: ReadResult['sheets'];
}

export interface IngestOptions extends ReaderOptions {
  /** go on past unreadable inputs and list them, instead of stopping (exit 2) */
  skipBad?: boolean;
  /** duplicate case/scheme ids: 'error' (default; a sampling frame with duplicates is wrong) or 'reject' */
  duplicates?: 'error' | 'reject';
}

export interface IngestResult {
  dataset: Dataset;
  inputs: InputSummary[];
}

/** Read every input into one dataset. Unreadable inputs stop the run (listing all of them) unless skipBad. */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const opts = await resolveMapping(options);
  const files = await expandInputs(inputs, knownExtensions());
  const dataset = emptyDataset();
  const summaries: InputSummary[] = [];
  const failures: { file: string; message: string; error: Error }[] = [];

  // group files by reader so batch readers (PDF on workers) see the whole batch; results stay in input order
  const results = new Map<string, ReadResult | Error>();
  const byReader = new Map<ReturnType<typeof readerFor>, string[]>();
  for (const f of files) {
    const r = readerFor(f);
    byReader.set(r, [...(byReader.get(r) ?? []), f]);
  }
  for (const [reader, group] of byReader) {
    if (!reader) {
      for (const f of group) results.set(f, new InputError(tr(`不支持的输入格式：${f}`, `unsupported input format: ${f}`), {
        location: { file: f },
        hint: tr(`caseaudit 读取 ${knownExtensions().join('、')}；.xls 或 .csv 请先在 Excel/WPS 中另存为 .xlsx，或运行 libreoffice --headless --convert-to xlsx 文件名`, `caseaudit reads ${knownExtensions().join(', ')}; convert .xls or .csv to .xlsx first (Excel/WPS: Save As .xlsx, or libreoffice --headless --convert-to xlsx FILE)`),
      }));
      continue;
    }
    if (reader.readMany && group.length > 1) {
      const many = await reader.readMany(group, opts);
      many.forEach((res, i) => results.set(group[i]!, res.status === 'error' ? new InputError(res.message ?? 'unreadable', { location: { file: group[i] } }) : res));
    } else {
      for (const f of group) {
        try {
          opts.onProgress?.(`reading ${f}`);
          results.set(f, await reader.read(f, opts));
        } catch (err) {
          if (!(err instanceof CaseAuditError)) throw err;
          results.set(f, err);
        }
      }
    }
  }

  for (const f of files) {
    const res = results.get(f)!;
    if (res instanceof Error) {
      const message = res instanceof CaseAuditError && res.location && !res.message.includes(f) ? `${formatLocation(res.location)}: ${res.message}` : res.message;
      failures.push({ file: f, message, error: res });
      summaries.push({ path: f, kind: readerFor(f)?.kind ?? 'unknown', status: 'error', records: 0, rejects: 0, message });
      continue;
    }
    dataset.cases.push(...res.cases);
    dataset.schemes.push(...res.schemes);
    dataset.rejects.push(...res.rejects);
    dataset.warnings.push(...res.warnings);
    summaries.push({
      path: f,
      kind: res.kind,
      status: res.status,
      records: res.cases.length + res.schemes.length,
      rejects: res.rejects.length,
      ...(res.message ? { message: res.message } : {}),
      ...(res.sheets ? { sheets: res.sheets } : {}),
    });
  }

  if (failures.length === 1 && !opts.skipBad) {
    // one bad input: its own message, location and hint
    const e = failures[0]!.error;
    throw e instanceof CaseAuditError ? e : new InputError(failures[0]!.message, { location: { file: failures[0]!.file } });
  }
  if (failures.length > 1 && !opts.skipBad) {
    throw new InputError(tr(`${failures.length} 个输入文件无法读取`, `${failures.length} inputs could not be read`), {
      location: { file: failures[0]!.file },
      details: failures.map((x) => x.message),
      hint: tr('请修正或移除这些文件，或加 --skip-bad 跳过它们继续', 'fix or remove them, or pass --skip-bad to go on without them'),
    });
  }
  postCheck(dataset);
  dedupe(dataset, opts.duplicates ?? 'error');
  recount(summaries, dataset);
  return { dataset, inputs: summaries };
}

/** Duplicate ids (compared by caseIdKey: full-width, spaces and bracket styles ignored). */
function dedupe(dataset: Dataset, mode: 'error' | 'reject'): void {
  for (const what of ['cases', 'schemes'] as const) {
    const seen = new Map<string, { source: { file: string; sheet?: string; row?: number } }>();
    const kept: (typeof dataset)[typeof what] = [];
    for (const rec of dataset[what] as { id: string; source: { file: string; sheet?: string; row?: number; pages?: number[] } }[]) {
      const key = caseIdKey(rec.id);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, rec);
        (kept as unknown[]).push(rec);
        continue;
      }
      const where = formatLocation({ file: rec.source.file, sheet: rec.source.sheet, row: rec.source.row });
      const firstWhere = formatLocation({ file: first.source.file, sheet: first.source.sheet, row: first.source.row });
      if (mode === 'error') {
        throw new InputError(tr(`${what === 'cases' ? '案件' : '方案'}编号重复："${rec.id}" 位于 ${where}（首次出现于 ${firstWhere}）`, `duplicate ${what === 'cases' ? 'case' : 'scheme'} id "${rec.id}" at ${where} (first at ${firstWhere})`), {
          location: { file: rec.source.file, sheet: rec.source.sheet, row: rec.source.row },
          hint: tr('抽样框中编号重复是错误的；请修正导出文件，或加 --duplicates reject 保留第一条并将其余列为拒收记录', 'a sampling frame with duplicate ids is wrong; fix the export, or pass --duplicates reject to keep the first and list the others as rejects'),
        });
      }
      dataset.rejects.push({
        file: rec.source.file,
        ...(rec.source.sheet ? { sheet: rec.source.sheet } : {}),
        ...(rec.source.row ? { row: rec.source.row } : {}),
        value: rec.id,
        reason: tr(`编号重复（首次出现于 ${firstWhere}）`, `duplicate id (first at ${firstWhere})`),
      });
    }
    (dataset as unknown as Record<string, unknown>)[what] = kept;
  }
}

/** After post-checks and dedupe moved records to rejects, keep each sheet's accounting true: rows read = records + rejects. */
function recount(summaries: InputSummary[], dataset: Dataset): void {
  const kept = new Map<string, number>();
  for (const r of [...dataset.cases, ...dataset.schemes]) {
    const key = `${r.source.file}\u0000${r.source.sheet ?? ''}`;
    kept.set(key, (kept.get(key) ?? 0) + 1);
  }
  for (const s of summaries) {
    if (!s.sheets) continue;
    for (const sh of s.sheets) {
      sh.records = kept.get(`${s.path}\u0000${sh.sheet}`) ?? 0;
      sh.rejects = sh.rowsRead - sh.records;
    }
    s.records = s.sheets.reduce((n, sh) => n + sh.records, 0);
    s.rejects = s.sheets.reduce((n, sh) => n + sh.rejects, 0);
  }
}

/** A short name for an input in messages (relative to cwd when inside it). */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
}
