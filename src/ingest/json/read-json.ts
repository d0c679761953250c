/** JSON reader: a dataset in the canonical schema (templates/schema/dataset.schema.json). */
import { promises as fsp } from 'node:fs';
import { tr } from '../../i18n.js';
import { InputError } from '../../errors.js';
import type { Dataset, Source } from '../../model/types.js';
import { validateDataset } from '../../model/validate.js';
import type { Reader, ReadResult } from '../types.js';
import { checkJsonValue, guessEncoding, invalidUtf8Offset, MAX_JSON_DEPTH } from '../../util/json-input.js';

/** Largest JSON input accepted (bytes); larger files are refused before parsing. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

export async function readJsonFile(file: string): Promise<ReadResult> {
  const stat = await fsp.stat(file);
  if (stat.size === 0) throw new InputError(tr(`空文件：${file}`, `empty file: ${file}`), { location: { file } });
  if (stat.size > MAX_JSON_BYTES) {
    throw new InputError(tr(`JSON 输入超过 ${MAX_JSON_BYTES / 1024 / 1024} MB：${file}`, `JSON input larger than ${MAX_JSON_BYTES / 1024 / 1024} MB: ${file}`), { location: { file } });
  }
  const text = decodeUtf8(await fsp.readFile(file), file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(tr(`不是有效的 JSON：${file}：${(err as Error).message}`, `not valid JSON: ${file}: ${(err as Error).message}`), {
      location: { file },
      hint: tr('caseaudit 读取符合数据集结构的 JSON（templates/schema/dataset.schema.json）', 'caseaudit reads JSON in the dataset schema (templates/schema/dataset.schema.json)'),
    });
  }
  const problem = checkJsonValue(data);
  if (problem?.kind === 'depth') {
    throw new InputError(tr(`JSON 嵌套超过 ${MAX_JSON_DEPTH} 层：${file}，位置 ${problem.path}`, `JSON nested deeper than ${MAX_JSON_DEPTH} levels: ${file} at ${problem.path}`), {
      location: { file, path: problem.path },
      hint: tr('数据集的字段不会嵌套这么深；该文件可能被篡改或不是 caseaudit 数据集', 'no dataset field nests this deep; the file may be tampered with or not a caseaudit dataset'),
    });
  }
  if (problem?.kind === 'non-finite') {
    throw new InputError(tr(`数值超出范围（不是有限数）：${file}，位置 ${problem.path}`, `a number out of range (not finite): ${file} at ${problem.path}`), {
      location: { file, path: problem.path },
      hint: tr('请核对该数值，例如罚款金额应以元为单位填写', 'check the number; e.g. a fine is written in yuan'),
    });
  }
  const dataset = validateDataset(data, file);
  return fromDataset(file, dataset);
}

/** The text of a JSON input: UTF-8 only (a BOM is dropped); other bytes are an input error naming the offset. */
function decodeUtf8(buf: Buffer, file: string): string {
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const bad = invalidUtf8Offset(buf.subarray(start));
  if (bad >= 0) {
    const enc = guessEncoding(buf);
    const what = enc === 'gbk' ? tr('（看起来是 GBK/GB18030 编码）', ' (it looks like GBK/GB18030)') : enc === 'utf-16' ? tr('（看起来是 UTF-16 编码）', ' (it looks like UTF-16)') : '';
    throw new InputError(tr(`JSON 文件不是 UTF-8 编码${what}，第 ${start + bad} 字节无效：${file}`, `the JSON file is not UTF-8${what}; invalid byte at offset ${start + bad}: ${file}`), {
      location: { file },
      hint: tr(
        `请以 UTF-8 另存该文件，例如：iconv -f ${enc === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 输入.json > 输出.json`,
        `save it as UTF-8, e.g. iconv -f ${enc === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 in.json > out.json`,
      ),
    });
  }
  return buf.toString('utf8', start);
}

function fromDataset(file: string, d: Dataset): ReadResult {
  // a record without provenance gets the JSON file and its position; records carried over keep theirs
  const withSource = <T extends { source: Source }>(r: T, i: number, what: string): T =>
    r.source?.file ? r : { ...r, source: { ...(r.source ?? {}), file: `${file}#$.${what}[${i}]` } };
  return {
    file,
    kind: 'json',
    status: 'ok',
    cases: d.cases.map((c, i) => withSource(c, i, 'cases')),
    schemes: (d.schemes ?? []).map((s, i) => withSource(s, i, 'schemes')),
    rejects: d.rejects ?? [],
    warnings: d.warnings ?? [],
  };
}

export const jsonReader: Reader = {
  kind: 'json',
  extensions: ['.json'],
  read: readJsonFile,
};
