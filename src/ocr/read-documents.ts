/**
 * OCR only what is drawn, from a register: the draw is made from the register (Excel/JSON), then only the drawn
 * cases' case-file PDFs among `--documents` are read (and OCR'd). A PDF is a drawn case's by a column naming it
 * (the register's 案卷文件, or an index table among the documents: 文件名 → 案件编号), by its file name (the case
 * number), or by the case number on its first page; the others are not opened (named as another case) or read no
 * further than page 1. Each drawn case becomes its PDF's record, completed from its register row
 * (ingest/documents/merge.ts); a drawn case without a PDF keeps its register row.
 */
import path from 'node:path';
import { CaseAuditError, InputError, formatLocation } from '../errors.js';
import { readerFor } from '../ingest/readers.js';
import { tr } from '../i18n.js';
import type { CaseFile, DocumentMatch, DocumentRead, DocumentsSummary, Warning } from '../model/types.js';
import { caseIdKey } from '../model/keys.js';
import { displayName } from '../util/display-path.js';
import { expandInputsDetailed, sha256File } from '../util/fs.js';
import { skipReason } from '../ingest/index.js';
import { matchByContent, planDocuments } from '../ingest/documents/match.js';
import { mergeDocument } from '../ingest/documents/merge.js';
import { ingestWithOcr, type OcrIngestOptions } from './ingest-ocr.js';

export type { DocumentsSummary };

export interface DocumentsRead {
  /** the drawn cases in the order given: each its PDF's record merged with the register row, or the register row */
  cases: CaseFile[];
  summary: DocumentsSummary;
  /** one line each: files not drawn, ids without a PDF, disagreements per case, the PDFs' own reading warnings */
  warnings: string[];
}

/** Tables among the documents: an index of the PDFs (file name and case number columns, as the register's 案卷文件). */
const INDEX_EXTENSIONS = ['.xlsx', '.xls', '.csv', '.tsv'];
/**
 * Headers an index names its file column with besides the register aliases (案卷文件, 文件名 …): a bare `file` is
 * read as the file name only here, so a case list elsewhere never takes a `file` column for it.
 */
const INDEX_HEADERS = { file: 'documentFile', 'file name': 'documentFile', filename: 'documentFile', 文件: 'documentFile' };

/**
 * The rows of the index tables among the documents (a scanning service's list: 文件名 → 案件编号), every row kept
 * (two scans of one case are both named); a table that is no such list is a warning, not an error.
 */
async function readIndexes(files: string[], warnings: string[]): Promise<CaseFile[]> {
  const rows: CaseFile[] = [];
  for (const f of files) {
    try {
      const r = await readerFor(f)!.read(f, { kind: 'cases', map: INDEX_HEADERS, documentIndex: true });
      const named = r.cases.filter((c) => c.documentFile);
      if (!named.length) warnings.push(tr(`${displayName(f)}：表中没有案卷文件名列（案卷文件/文件名），未用于匹配案卷 PDF`, `${displayName(f)}: no column of case-file names (案卷文件/文件名/file); not used to match the PDFs`));
      rows.push(...named);
    } catch (err) {
      if (!(err instanceof CaseAuditError)) throw err;
      warnings.push(`${displayName(f)}: ${err.message}`);
    }
  }
  return rows;
}

const line = (w: Warning) => `${formatLocation({ file: w.file, sheet: w.sheet, row: w.row, page: w.page })}: ${w.reason}`;

/** Read the drawn cases' case-file PDFs among `paths` and merge each with its register row. */
export async function readDrawnDocuments(paths: string[], drawn: CaseFile[], register: CaseFile[], opts: OcrIngestOptions = {}): Promise<DocumentsRead> {
  const { files: found0, skipped } = await expandInputsDetailed(paths, ['.pdf', ...INDEX_EXTENSIONS]);
  const warnings = skipped.map((s) => `${displayName(s.path)}: ${skipReason(s)}`);
  const all = found0.filter((f) => path.extname(f).toLowerCase() === '.pdf');
  const index = await readIndexes(found0.filter((f) => INDEX_EXTENSIONS.includes(path.extname(f).toLowerCase())), warnings);
  if (!all.length) {
    throw new InputError(tr(`--documents 中没有 PDF 文件：${paths.join('、')}`, `no PDF files in --documents: ${paths.join(', ')}`), {
      location: { file: paths[0] },
      hint: tr('--documents 给出案卷 PDF（文件或文件夹）；台账（Excel/JSON）作为输入文件给出', '--documents names the case-file PDFs (files or folders); the register (Excel/JSON) is the input'),
    });
  }
  const plan = planDocuments(all, drawn, [...register, ...index]);
  const toRead = [...plan.drawn.map((d) => d.file), ...plan.unknown];
  const byShown = new Map(toRead.map((f) => [displayName(f), f]));
  const found = new Map<string, Found>();
  const notDrawnOpened: string[] = [];
  /** scans whose pages could not be read (no OCR here, --ocr off): whose they are is unknown */
  const unidentified: string[] = [];
  /** PDFs that could not be opened at all, gone past with --skip-bad (without it the read stops, exit 2) */
  const unreadable: { file: string; reason: string }[] = [];
  if (toRead.length) {
    const known = new Map(plan.drawn.map((d) => [d.file, d]));
    const read = await ingestWithOcr(toRead, {
      ...opts,
      kind: 'cases',
      map: undefined,
      duplicates: 'keep',
      ocrOnly: new Set(drawn.map((c) => caseIdKey(c.id))),
      ocrDrawnFiles: new Set(plan.drawn.map((d) => d.file)),
    });
    for (const i of read.inputs) {
      if (i.status !== 'error') continue;
      const reason = i.message ?? '';
      unreadable.push({ file: displayName(byShown.get(i.path) ?? i.path), reason });
      warnings.push(tr(`已跳过无法读取的案卷 PDF（--skip-bad）：${reason}`, `skipped an unreadable case-file PDF (--skip-bad): ${reason}`));
    }
    const pageOne = new Set(read.ocrNotDrawn ?? []); // read to page 1 and found another case's: not drawn
    for (const rec of read.dataset.cases) {
      const file = byShown.get(rec.source.file) ?? rec.source.file;
      const planned = known.get(file);
      const id = planned?.id ?? matchByContent(rec, drawn);
      if (!id) (rec.status === 'needs-ocr' && !pageOne.has(file) ? unidentified : notDrawnOpened).push(file);
      else if (found.has(id)) warnings.push(tr(`${displayName(file)}：与 ${displayName(found.get(id)!.file)} 是同一抽中案卷（${id}）的案卷 PDF，未采用`, `${displayName(file)}: a second case-file PDF of the drawn case ${id} (after ${displayName(found.get(id)!.file)}); not used`));
      else found.set(id, { rec, file, matchedBy: planned?.matchedBy ?? 'case-number' });
    }
    // what the reading said (a scan read only to page 1, pages OCR could not read, values found twice differently)
    for (const w of [...read.dataset.warnings, ...read.dataset.rejects]) warnings.push(line(w));
  }
  for (const d of plan.duplicates) warnings.push(tr(`${displayName(d.file)}：与 ${displayName(d.first)} 是同一抽中案卷（${d.id}）的案卷 PDF，未读取`, `${displayName(d.file)}: a second case-file PDF of the drawn case ${d.id} (after ${displayName(d.first)}); not read`));

  const cases: CaseFile[] = [];
  const missing: string[] = [];
  for (const reg of drawn) {
    const hit = found.get(reg.id);
    if (!hit) {
      missing.push(reg.id);
      cases.push(reg);
      continue;
    }
    const merged = mergeDocument(reg, hit.rec, { file: displayName(hit.file), sha256: await sha256File(hit.file), matchedBy: hit.matchedBy });
    if (merged.document!.disagreements.length) warnings.push(disagreementLine(reg.id, merged.document!));
    cases.push(merged);
  }
  if (missing.length) {
    const some = missing.slice(0, MAX_LISTED);
    const more = missing.length > MAX_LISTED ? tr(` 等（全部见结果 documents.missing）`, ` … (all in the results' documents.missing)`) : '';
    warnings.push(tr(`${missing.length} 个抽中案卷在 --documents 中没有找到案卷 PDF，按台账记录评查：${some.join('、')}${more}`, `${missing.length} drawn case(s) have no case-file PDF in --documents; scored on their register row: ${some.join(', ')}${more}`));
  }
  const unopened = plan.notDrawn.length;
  if (unopened || notDrawnOpened.length) {
    const names = notDrawnOpened.map((f) => displayName(f));
    const parts = [
      ...(unopened ? [tr(`${unopened} 份按文件名、台账或文件清单判定，未打开`, `${unopened} by file name, register column or index, not opened`)] : []),
      ...(names.length ? [tr(`${names.length} 份读取（扫描件只识别首页）后判定：${names.join('、')}`, `${names.length} found once read (scans only to page 1): ${names.join(', ')}`)] : []),
    ];
    warnings.push(tr(`${unopened + names.length} 份案卷 PDF 不属于抽中案卷：${parts.join('；')}`, `${unopened + names.length} case-file PDF(s) are not of a drawn case: ${parts.join('; ')}`));
  }
  if (unidentified.length) {
    const names = unidentified.map((f) => displayName(f));
    warnings.push(tr(`${names.length} 份案卷 PDF 无法识读（需 OCR），无法判断是否属于抽中案卷：${names.join('、')}；请以案号命名文件，或在台账“案卷文件”列中写明文件名`, `${names.length} case-file PDF(s) could not be read (need OCR), so whose they are is unknown: ${names.join(', ')}; name them by case number or give their file names in the register's 案卷文件 column`));
  }
  return {
    cases,
    summary: { inputs: paths.map((p) => displayName(p)), files: all.length, matched: found.size, missing, notDrawn: unopened + notDrawnOpened.length, notDrawnOpened: notDrawnOpened.length, unidentified: unidentified.length, ...(unidentified.length ? { unidentifiedFiles: unidentified.map((f) => displayName(f)) } : {}), ...(unreadable.length ? { unreadableFiles: unreadable } : {}) },
    warnings,
  };
}

/** A PDF matched to a drawn case: its record, its path, how it was matched. */
interface Found {
  rec: CaseFile;
  file: string;
  matchedBy: DocumentMatch;
}

/** One warning line per drawn case whose register row and PDF disagree: every field with both values. */
function disagreementLine(id: string, doc: DocumentRead): string {
  const parts = doc.disagreements.map((d) => tr(`${FIELD_ZH[d.field] ?? d.field} 台账「${d.register}」、案卷「${d.document}」${d.uncertain ? '（OCR 不确定）' : ''}`, `${d.field}: register "${d.register}", case file "${d.document}"${d.uncertain ? ' (OCR uncertain)' : ''}`));
  return tr(`${id}：台账与案卷 PDF ${doc.file} 不一致，以案卷为准评查，请核对：${parts.join('；')}`, `${id}: the register and the case-file PDF ${doc.file} disagree; scored on the case file, check: ${parts.join('; ')}`);
}

/** Ids listed in a warning line; results.json lists them all. */
const MAX_LISTED = 20;

const FIELD_ZH: Record<string, string> = { id: '案号', type: '案件类型', 'party.name': '当事人', 'party.creditCode': '统一社会信用代码', fine: '罚款', 'dates.decided': '决定日期' };
