/** Ingest stage: files and folders → one canonical dataset, with a per-input summary. Nothing lost, nothing silent. */
import { displayName } from '../util/display-path.js';
import path from 'node:path';
import { CaseAuditError, InputError, formatLocation } from '../errors.js';
import { emptyDataset, type CaseFile, type Dataset, type Scheme } from '../model/types.js';
import { expandInputsDetailed, type SkippedFile } from '../util/fs.js';
import { appendAll } from '../util/arrays.js';
import { tr } from '../i18n.js';
import { resolveMapping } from './excel/mapping.js';
import { DOCUMENT_INDEX, NO_HEADER } from './excel/read-xlsx.js';
import { knownExtensions, readerFor } from './readers.js';
import { RecordPipeline, type DuplicateMode, type RecordSink } from './pipeline.js';
import type { Reader, ReaderOptions, ReadResult, RecordKind } from './types.js';

export type { ReaderOptions, ReadResult, Reader, RecordKind } from './types.js';
export type { RecordSink, DuplicateMode } from './pipeline.js';

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
  duplicates?: DuplicateMode;
  /**
   * Where kept records go, in dataset order. Default: into `dataset.cases` / `dataset.schemes`. With a sink
   * those stay empty and Excel rows are handed over as they are read (`counts` says how many were kept).
   */
  sink?: RecordSink;
}

/** A file in an input folder that was not read, and why. */
export interface SkippedInput {
  path: string;
  reason: string;
}

export interface IngestResult {
  dataset: Dataset;
  inputs: InputSummary[];
  /** files in input folders no reader takes (each also a warning) */
  skipped: SkippedInput[];
  /** records kept (equal to the dataset's array lengths unless a sink took them) */
  counts: { cases: number; schemes: number };
  /** the OCR engine could not run: the scanned files left needs-ocr and the warning said about them (ingestWithOcr) */
  ocrMissing?: { reason: string; files: string[] };
  /** with ocrOnly: the scanned files read only to page 1, whose case number there is not among the drawn (as given) */
  ocrNotDrawn?: string[];
}

/** Read every input into one dataset. Unreadable inputs stop the run (listing all of them) unless skipBad. */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { sink, skipBad, duplicates, ...readerOpts } = await resolveMapping(options);
  const { files, skipped: left } = await expandInputsDetailed(inputs, knownExtensions());
  const named = new Set(inputs);
  const skipped = left.map((f) => ({ path: f.path, reason: skipReason(f) }));
  const dataset = emptyDataset();
  const pipeline = new RecordPipeline(duplicates ?? 'error', sink ?? ((kind, rec) => void (dataset[kind] as (CaseFile | Scheme)[]).push(rec)));
  const summaries: InputSummary[] = [];
  const failures: { file: string; message: string; error: Error }[] = [];

  // batch readers (PDF on workers) see their whole batch first; records then go on in input order
  const batched = await readBatches(files, readerOpts);
  for (const f of files) {
    const reader = readerFor(f);
    let produced = 0;
    let kept = 0;
    const feed = (kind: RecordKind, rec: CaseFile | Scheme) => {
      produced++;
      const before = pipeline.counts[kind];
      const pending = pipeline.add(kind, rec);
      if (pipeline.counts[kind] > before) kept++; // counted before the sink runs
      return pending;
    };
    let res = batched.get(f);
    if (!res) {
      try {
        if (!reader) throw unsupported(f);
        readerOpts.onProgress?.(tr(`读取 ${displayName(f)}`, `reading ${displayName(f)}`));
        // without --skip-bad any failure stops the run, so records can stream; with it a failing file must add nothing
        res = await reader.read(f, skipBad ? readerOpts : { ...readerOpts, onRecord: feed });
      } catch (err) {
        if (!(err instanceof CaseAuditError)) throw err;
        res = err;
      }
    }
    if (res instanceof CaseAuditError && res.code === NO_HEADER && reader?.kind === 'csv' && !named.has(f)) {
      // a CSV/TSV met in a folder that is no case or scheme list (an index, a note) is listed, not fatal
      skipped.push({ path: f, reason: tr('CSV/TSV 中没有可识别的表头（不是案件或方案清单？），未读取；如是清单请用 --map 或直接指定该文件', 'CSV/TSV without a recognisable header (not a case or scheme list?); not read — if it is one, use --map or name the file') });
      continue;
    }
    if (res instanceof CaseAuditError && res.code === DOCUMENT_INDEX) {
      // an index of case-file PDFs (文件名 → 案件编号) beside the PDFs, named or met in a folder: listed, not records
      skipped.push({ path: f, reason: tr(`案卷文件清单（只有文件名和案件编号），不是案件台账，未导入；${res.hint ?? ''}`, `an index of case-file PDFs (file name and case number only), not a case register; not imported — ${res.hint ?? ''}`) });
      continue;
    }
    if (res instanceof Error) {
      const message = res instanceof CaseAuditError && res.location && !res.message.includes(f) ? `${formatLocation(res.location)}: ${res.message}` : res.message;
      failures.push({ file: f, message, error: res });
      summaries.push({ path: f, kind: reader?.kind ?? 'unknown', status: 'error', records: 0, rejects: 0, message });
      continue;
    }
    for (const c of res.cases) await feed('cases', c);
    for (const s of res.schemes) await feed('schemes', s);
    appendAll(pipeline.readerRejects, res.rejects);
    appendAll(pipeline.readerWarnings, res.warnings);
    summaries.push({
      path: f,
      kind: res.kind,
      status: res.status,
      // records kept from this input; the others (post-check, duplicate ids) are among its rejects
      records: kept,
      rejects: res.rejects.length + produced - kept,
      ...(res.message ? { message: res.message } : {}),
      ...(res.sheets ? { sheets: res.sheets } : {}),
    });
  }

  if (failures.length === 1 && !skipBad) {
    // one bad input: its own message, location and hint
    const e = failures[0]!.error;
    throw e instanceof CaseAuditError ? e : new InputError(failures[0]!.message, { location: { file: failures[0]!.file } });
  }
  if (failures.length > 1 && !skipBad) {
    throw new InputError(tr(`${failures.length} 个输入文件无法读取`, `${failures.length} inputs could not be read`), {
      location: { file: failures[0]!.file },
      details: failures.map((x) => x.message),
      hint: tr('请修正或移除这些文件，或加 --skip-bad 跳过它们继续', 'fix or remove them, or pass --skip-bad to go on without them'),
    });
  }
  const { rejects, warnings } = pipeline.finish();
  dataset.rejects = rejects;
  dataset.warnings = [...skipped.map((s) => ({ file: s.path, reason: s.reason })), ...warnings];
  recount(summaries, pipeline);
  if (pipeline.counts.cases + pipeline.counts.schemes === 0) throw noRecords(inputs, summaries, skipped);
  return { dataset, inputs: summaries, skipped, counts: { ...pipeline.counts } };
}

/** Why a file in a folder was not read: the format, and what to do with it. */
export function skipReason(f: SkippedFile): string {
  if (f.lock) return tr('Office 锁定文件（该工作簿正在 Excel/WPS 中打开）', 'Office lock file (the workbook is open in Excel/WPS)');
  const ext = path.extname(f.path).toLowerCase();
  const why: Record<string, [string, string]> = {
    '.doc': ['Word 文档不读取：案卷请导出为 PDF，台账请导出为 Excel/CSV', 'Word documents are not read: export case files as PDF, case lists as Excel/CSV'],
    '.docx': ['Word 文档不读取：案卷请导出为 PDF，台账请导出为 Excel/CSV', 'Word documents are not read: export case files as PDF, case lists as Excel/CSV'],
    '.wps': ['WPS 文字文档不读取：请导出为 PDF', 'WPS Writer documents are not read: export as PDF'],
    '.et': ['WPS 表格文件不读取：请在 WPS 中另存为 .xlsx', 'WPS spreadsheets (.et) are not read: save as .xlsx in WPS'],
    '.ods': ['OpenDocument 表格不读取：请另存为 .xlsx', 'OpenDocument spreadsheets are not read: save as .xlsx'],
    '.numbers': ['Numbers 表格不读取：请导出为 .xlsx', 'Numbers spreadsheets are not read: export as .xlsx'],
    '.zip': ['压缩包不解压：请先解压', 'archives are not unpacked: extract it first'],
    '.rar': ['压缩包不解压：请先解压', 'archives are not unpacked: extract it first'],
    '.7z': ['压缩包不解压：请先解压', 'archives are not unpacked: extract it first'],
    '.txt': ['文本文件不读取；若是制表符或逗号分隔的导出表，请改扩展名为 .tsv 或 .csv', 'text files are not read; if it is a tab- or comma-separated export, rename it to .tsv or .csv'],
  };
  const images = ['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.bmp', '.gif'];
  const known = why[ext] ?? (images.includes(ext) ? ['图片不读取：扫描件请合成为 PDF', 'images are not read: put scans into a PDF'] : undefined);
  if (known) return tr(known[0], known[1]);
  return tr(`不支持的文件类型（${ext || '无扩展名'}；读取 ${knownExtensions().join('、')}）`, `unsupported file type (${ext || 'no extension'}; reads ${knownExtensions().join(', ')})`);
}

/** An input set that yields no record is an error: say what was there, so an empty or wrong folder is never "0 records, exit 0". */
function noRecords(inputs: string[], summaries: InputSummary[], skipped: SkippedInput[]): InputError {
  const details = [
    ...summaries.map((s) => tr(`${displayPath(s.path)}（${s.kind}）：0 条记录${s.rejects ? `，${s.rejects} 条拒收` : ''}${s.status === 'error' ? `，无法读取：${s.message ?? ''}` : ''}`, `${displayPath(s.path)} (${s.kind}): 0 records${s.rejects ? `, ${s.rejects} rejects` : ''}${s.status === 'error' ? `, unreadable: ${s.message ?? ''}` : ''}`)),
    ...skipped.map((s) => tr(`${displayPath(s.path)}：未读取，${s.reason}`, `${displayPath(s.path)}: not read, ${s.reason}`)),
  ];
  const found = summaries.length + skipped.length;
  return new InputError(
    found
      ? tr(`输入中没有任何案件或检查方案记录（找到 ${found} 个文件）：${inputs.join('、')}`, `no case or scheme records in the inputs (${found} files found): ${inputs.join(', ')}`)
      : tr(`输入中没有文件：${inputs.join('、')}`, `the inputs hold no files: ${inputs.join(', ')}`),
    {
      location: { file: inputs[0] },
      details,
      hint: tr(`caseaudit 读取 ${knownExtensions().join('、')}；用 --print-map 查看表格各列的识别结果`, `caseaudit reads ${knownExtensions().join(', ')}; run import --print-map to see how table columns were read`),
    },
  );
}

/** Run the batch readers (readMany) on their files; single files are left to the main loop. */
async function readBatches(files: string[], opts: ReaderOptions): Promise<Map<string, ReadResult | Error>> {
  const results = new Map<string, ReadResult | Error>();
  const byReader = new Map<Reader, string[]>();
  for (const f of files) {
    const r = readerFor(f);
    if (!r?.readMany) continue;
    const group = byReader.get(r);
    if (group) group.push(f);
    else byReader.set(r, [f]);
  }
  for (const [reader, group] of byReader) {
    if (group.length < 2) continue;
    const many = await reader.readMany!(group, opts);
    many.forEach((res, i) => results.set(group[i]!, res.status === 'error' ? new InputError(res.message ?? 'unreadable', { location: { file: group[i] } }) : res));
  }
  return results;
}

function unsupported(f: string): InputError {
  return new InputError(tr(`不支持的输入格式：${f}`, `unsupported input format: ${f}`), {
    location: { file: f },
    hint: tr(`caseaudit 读取 ${knownExtensions().join('、')}；其他表格请先在 Excel/WPS 中另存为 .xlsx，或运行 libreoffice --headless --convert-to xlsx 文件名`, `caseaudit reads ${knownExtensions().join(', ')}; save other spreadsheets as .xlsx first (Excel/WPS: Save As .xlsx, or libreoffice --headless --convert-to xlsx FILE)`),
  });
}

/** After post-checks and dedupe moved records to rejects, keep each sheet's accounting true: rows read = records + rejects. */
function recount(summaries: InputSummary[], pipeline: RecordPipeline): void {
  for (const s of summaries) {
    if (!s.sheets) continue;
    for (const sh of s.sheets) {
      sh.records = pipeline.keptIn(s.path, sh.sheet);
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
