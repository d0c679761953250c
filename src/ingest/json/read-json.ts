/** JSON reader: a dataset in the canonical schema (templates/schema/dataset.schema.json). */
import { promises as fsp } from 'node:fs';
import { tr } from '../../i18n.js';
import { InputError } from '../../errors.js';
import type { Dataset, Source } from '../../model/types.js';
import { validateDataset } from '../../model/validate.js';
import type { Reader, ReadResult } from '../types.js';
import { MAX_JSON_BYTES, readJsonFile as readUserJson } from '../../util/json-input.js';

export { MAX_JSON_BYTES };

const DATASET = { zh: '数据集', en: 'dataset' };

export async function readJsonFile(file: string): Promise<ReadResult> {
  const stat = await fsp.stat(file);
  if (stat.size === 0) throw new InputError(tr(`空文件：${file}`, `empty file: ${file}`), { location: { file } });
  const data = await readUserJson(file, {
    what: DATASET,
    hint: tr('caseaudit 读取符合数据集结构的 JSON（templates/schema/dataset.schema.json）', 'caseaudit reads JSON in the dataset schema (templates/schema/dataset.schema.json)'),
  });
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
