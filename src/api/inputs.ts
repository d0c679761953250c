/** Reading the stage results a report or ranking is built from, with errors naming the file and JSON path. */
import { promises as fsp } from 'node:fs';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { validateDataset } from '../model/validate.js';
import type { Dataset } from '../model/types.js';
import { GRADES, type SampleManifest, type ScoreResults, type SchemeResults } from '../analyze/types.js';
import { sha256File } from '../util/fs.js';
import { loadManifest } from '../sample/manifest.js';

/** Read and parse a JSON file; a missing or malformed file is an input error naming it. */
export async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch {
    throw new InputError(tr(`${what}文件不存在或无法读取：${file}`, `cannot read the ${what} file: ${file}`), { location: { file } });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(tr(`${file}：不是有效的 JSON（${(err as Error).message}）`, `${file}: not valid JSON (${(err as Error).message})`), { location: { file } });
  }
}

function bad(file: string, path: string, expected: string): never {
  throw new InputError(tr(`${file}：${path} 应为 ${expected}`, `${file}: ${path} must be ${expected}`), { location: { file, path } });
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check the score result contract (issue 6) field by field. */
export function checkScoreResults(data: unknown, file: string): ScoreResults {
  if (!isObj(data) || !Array.isArray(data.files)) bad(file, '$.files', tr('数组（评分结果）', 'an array (score results)'));
  (data.files as unknown[]).forEach((f, i) => {
    const at = `$.files[${i}]`;
    if (!isObj(f)) bad(file, at, tr('对象', 'an object'));
    if (typeof f.id !== 'string' || !f.id) bad(file, `${at}.id`, tr('非空字符串', 'a non-empty string'));
    if (typeof f.score !== 'number' || !Number.isFinite(f.score)) bad(file, `${at}.score`, tr('数字', 'a number'));
    if (!GRADES.includes(f.grade as never)) bad(file, `${at}.grade`, GRADES.join('|'));
    if (typeof f.vetoed !== 'boolean') bad(file, `${at}.vetoed`, 'true|false');
    if (!Array.isArray(f.findings)) bad(file, `${at}.findings`, tr('数组', 'an array'));
    if (f.notChecked !== undefined && !Array.isArray(f.notChecked)) bad(file, `${at}.notChecked`, tr('数组', 'an array'));
    (f.findings as unknown[]).forEach((x, j) => {
      if (!isObj(x) || typeof x.ruleId !== 'string') bad(file, `${at}.findings[${j}].ruleId`, tr('字符串', 'a string'));
      if (typeof x.deduction !== 'number') bad(file, `${at}.findings[${j}].deduction`, tr('数字', 'a number'));
    });
    f.notChecked ??= [];
  });
  return data as unknown as ScoreResults;
}

/** Check the scheme result contract (issue 7). */
export function checkSchemeResults(data: unknown, file: string): SchemeResults {
  if (!isObj(data) || !Array.isArray(data.schemes)) bad(file, '$.schemes', tr('数组（方案审核结果）', 'an array (scheme results)'));
  (data.schemes as unknown[]).forEach((x, i) => {
    const at = `$.schemes[${i}]`;
    if (!isObj(x) || typeof x.id !== 'string') bad(file, `${at}.id`, tr('字符串', 'a string'));
    if (x.verdict !== 'approved' && x.verdict !== 'rejected') bad(file, `${at}.verdict`, 'approved|rejected');
    if (!Array.isArray(x.reasons)) bad(file, `${at}.reasons`, tr('数组', 'an array'));
  });
  return data as unknown as SchemeResults;
}

export interface LoadedInputs {
  results: ScoreResults;
  schemes?: SchemeResults;
  manifest?: SampleManifest;
  dataset?: Dataset;
  sources: { role: string; path: string; sha256: string }[];
}

/** Load the files a report is built from, hashing each so the report proves what it was built on. */
export async function loadReportInputs(files: { results: string; schemes?: string; manifest?: string; dataset?: string }, read: { dataset?: Dataset } = {}): Promise<LoadedInputs> {
  const sources: LoadedInputs['sources'] = [];
  const hash = async (role: string, path: string) => sources.push({ role, path, sha256: await sha256File(path) });
  const out: LoadedInputs = { results: checkScoreResults(await readJson(files.results, tr('评分结果', 'results')), files.results), sources };
  await hash('results', files.results);
  if (files.schemes) {
    out.schemes = checkSchemeResults(await readJson(files.schemes, tr('方案审核结果', 'schemes')), files.schemes);
    await hash('schemes', files.schemes);
  }
  if (files.manifest) {
    out.manifest = (await loadManifest(files.manifest)) as unknown as SampleManifest;
    await hash('manifest', files.manifest);
  }
  if (files.dataset) {
    out.dataset = read.dataset ?? validateDataset(await readJson(files.dataset, tr('数据集', 'dataset')), files.dataset);
    await hash('dataset', files.dataset);
  }
  return out;
}
