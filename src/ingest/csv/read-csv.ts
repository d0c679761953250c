/**
 * The CSV reader: encoding (BOM, UTF-8, else GB18030) and delimiter detected, decoded strictly and parsed by
 * csv-parse as a stream (quoted fields may hold delimiters, quotes and line breaks), then fed row by row into
 * the same header detection and normalisers as Excel — so a CSV imports the records of its .xlsx twin.
 */
import { createReadStream, promises as fsp } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { CaseAuditError, InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import type { Reader, ReaderOptions } from '../types.js';
import { SKIP_SHEET, type RowSink } from '../excel/row-sink.js';
import { readTable, type XlsxReadResult } from '../excel/read-xlsx.js';
import { detectDelimiter, type Delimiter } from './delimiter.js';
import { detectEncoding, SNIFF_BYTES, strictDecoder, type EncodingGuess } from './encoding.js';

/** Longest record accepted (characters): a runaway quote or a hostile file cannot make one row eat the memory. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

/** What was detected about a CSV file (also shown in the import summary). */
export interface CsvFormat extends EncodingGuess {
  delimiter: Delimiter;
}

/** Detect encoding and delimiter from the head of the file. An empty file is an input error. */
export async function sniffCsv(file: string): Promise<CsvFormat> {
  const fh = await fsp.open(file, 'r');
  let head: Buffer;
  try {
    const { size } = await fh.stat();
    if (size === 0) throw new InputError(tr(`空文件：${file}`, `empty file: ${file}`), { location: { file } });
    head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  const enc = detectEncoding(head, file);
  let text: string;
  try {
    text = strictDecoder(enc.encoding, file).decode(head.subarray(enc.bom), { stream: true });
  } catch (err) {
    if (err instanceof CaseAuditError) throw err;
    throw undecodable(file, enc.encoding, 0);
  }
  // Excel's "sep=;" first line names the delimiter outright
  const sep = /^sep=([,\t;|])\r?\n/.exec(text);
  return { ...enc, delimiter: sep ? (sep[1] as Delimiter) : detectDelimiter(text) };
}

function undecodable(file: string, encoding: string, offset: number): InputError {
  return new InputError(tr(`文件不是有效的 ${encoding} 文本（约第 ${offset} 字节起）：${file}`, `the file is not valid ${encoding} text (from about byte ${offset}): ${file}`), {
    location: { file },
    hint: tr('文件可能混用了多种编码或已损坏；请在 Excel/WPS 中打开并另存为“CSV UTF-8”或 .xlsx', 'the file may mix encodings or be damaged; open it in Excel/WPS and save it as "CSV UTF-8" or .xlsx'),
  });
}

/** The decoded text of a file, chunk by chunk; invalid bytes are an input error naming the offset. */
async function* decodedChunks(file: string, fmt: CsvFormat): AsyncGenerator<string> {
  const decoder = strictDecoder(fmt.encoding, file);
  let offset = 0;
  for await (const chunk of createReadStream(file, { start: fmt.bom, highWaterMark: 256 * 1024 })) {
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      throw undecodable(file, fmt.encoding, fmt.bom + offset);
    }
    offset += (chunk as Buffer).length;
    if (text) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw undecodable(file, fmt.encoding, fmt.bom + offset);
  }
  if (tail) yield tail;
}

/** A CSV cell as a value: empty → undefined; Excel's text guard `="0123"` unwrapped. */
function cellValue(field: string): string | undefined {
  if (field === '') return undefined;
  const guarded = /^="(.*)"$/s.exec(field);
  return guarded ? guarded[1]!.replace(/""/g, '"') : field;
}

/** Stream the rows of a CSV file into a RowSink as one sheet named after the file (as Excel shows it). */
export async function readCsvRows(file: string, fmt: CsvFormat, sink: RowSink): Promise<void> {
  const parser = parse({ delimiter: fmt.delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false, max_record_size: MAX_RECORD_CHARS });
  const source = Readable.from(decodedChunks(file, fmt));
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  await sink.sheet(path.basename(file, path.extname(file)), false);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      const values: unknown[] = [undefined];
      for (const f of record) values.push(cellValue(f));
      let answer = sink.row(row, values);
      if (answer) answer = await answer;
      if (answer === SKIP_SHEET) break; // no header in the first rows: the rest of the file is not read
    }
    source.destroy();
  } catch (err) {
    source.destroy();
    if (err instanceof CaseAuditError) throw err;
    const e = err as Error & { code?: string; lines?: number };
    throw new InputError(tr(`无法解析 CSV（第 ${e.lines ?? row + 1} 行附近）：${file}：${e.message}`, `cannot parse the CSV (near line ${e.lines ?? row + 1}): ${file}: ${e.message}`), {
      location: { file, row: row + 1 },
      hint:
        e.code === 'CSV_QUOTE_NOT_CLOSED'
          ? tr('某个引号没有闭合：文件可能被截断', 'a quote is never closed: the file may be truncated')
          : e.code === 'CSV_MAX_RECORD_SIZE'
            ? tr(`一行超过 ${MAX_RECORD_CHARS / 1024 ** 2}M 字符：多半是某个引号没有闭合`, `a row longer than ${MAX_RECORD_CHARS / 1024 ** 2}M characters: most likely a quote that is never closed`)
            : undefined,
      cause: err,
    });
  }
  await sink.sheetEnd();
}

/** Read one CSV (or tab-separated text) export into records. */
export async function readCsv(file: string, opts: ReaderOptions & { planOnly?: boolean } = {}): Promise<XlsxReadResult> {
  const fmt = await sniffCsv(file);
  const result = await readTable(file, 'csv', opts, (sink) => readCsvRows(file, fmt, sink));
  result.message = describeFormat(fmt);
  return result;
}

/** "GB18030, comma-separated" for the import summary. */
export function describeFormat(fmt: CsvFormat): string {
  const enc = fmt.encoding === 'gb18030' ? 'GBK/GB18030' : fmt.encoding.toUpperCase() + (fmt.by === 'bom' ? ' BOM' : '');
  const sep = { ',': tr('逗号分隔', 'comma-separated'), '\t': tr('制表符分隔', 'tab-separated'), ';': tr('分号分隔', 'semicolon-separated'), '|': tr('竖线分隔', 'pipe-separated') }[fmt.delimiter];
  return `${enc}, ${sep}`;
}

export const csvReader: Reader = {
  kind: 'csv',
  extensions: ['.csv', '.tsv'],
  read: readCsv,
};
