/** JSON reader: a dataset in the canonical schema (templates/schema/dataset.schema.json). */
import { promises as fsp } from 'node:fs';
import { tr } from '../../i18n.js';
import { InputError } from '../../errors.js';
import type { Dataset, Source } from '../../model/types.js';
import { validateDataset } from '../../model/validate.js';
import type { Reader, ReadResult } from '../types.js';

/** Largest JSON input accepted (bytes); larger files are refused before parsing. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

export async function readJsonFile(file: string): Promise<ReadResult> {
  const stat = await fsp.stat(file);
  if (stat.size === 0) throw new InputError(tr(`空文件：${file}`, `empty file: ${file}`), { location: { file } });
  if (stat.size > MAX_JSON_BYTES) {
    throw new InputError(tr(`JSON 输入超过 ${MAX_JSON_BYTES / 1024 / 1024} MB：${file}`, `JSON input larger than ${MAX_JSON_BYTES / 1024 / 1024} MB: ${file}`), { location: { file } });
  }
  const text = (await fsp.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(tr(`不是有效的 JSON：${file}：${(err as Error).message}`, `not valid JSON: ${file}: ${(err as Error).message}`), {
      location: { file },
      hint: tr('caseaudit 读取符合数据集结构的 JSON（templates/schema/dataset.schema.json）', 'caseaudit reads JSON in the dataset schema (templates/schema/dataset.schema.json)'),
    });
  }
  const dataset = validateDataset(data, file);
  return fromDataset(file, dataset);
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
