/** Manifests: load and check one (schema + internal consistency), and pick the drawn records from a dataset. */
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { caseIdKey } from '../model/keys.js';
import { assertSchema } from '../model/validate.js';
import type { Manifest } from '../model/manifest.js';
import type { CaseFile, Dataset, Scheme } from '../model/types.js';
import { compareCodePoints, TICKET_ALGORITHM } from './tickets.js';
import { parseRate, rateQuota, rateTimes } from './rate.js';
import { readJsonFile } from '../util/json-input.js';

/** Read a manifest file: JSON, the published schema, a known algorithm and consistent numbers, or exit 2. */
export async function loadManifest(file: string): Promise<Manifest> {
  const data = await readJsonFile(file, { what: { zh: '抽样清单', en: 'manifest' } });
  const m = assertSchema<Manifest>('manifest', data, file, tr('抽样清单', 'manifest'));
  checkManifest(m, file);
  return m;
}

/** Internal consistency: known algorithm, quotas recomputed from their numbers, selection matching quotas. */
export function checkManifest(m: Manifest, file: string): void {
  const fail = (path: string, zh: string, en: string) => {
    throw new InputError(tr(`抽样清单 ${file} 不一致（是否被手工修改？）：${path} ${zh}`, `manifest ${file} is inconsistent (edited by hand?): ${path} ${en}`), {
      location: { file, path },
      hint: tr('请使用 caseaudit sample 生成的原始清单', 'use the manifest exactly as caseaudit sample wrote it'),
    });
  };
  if (m.algorithm !== TICKET_ALGORITHM) {
    throw new InputError(tr(`抽样清单使用未知算法 "${m.algorithm}"`, `manifest uses an unknown algorithm "${m.algorithm}"`), {
      location: { file, path: '$.algorithm' },
      hint: tr(`本版本只支持 ${TICKET_ALGORITHM}`, `this version supports ${TICKET_ALGORITHM} only`),
    });
  }
  const rate = m.rate === null ? null : parseRate(m.rate);
  if (!rate && m.min === null) fail('$.rate', '与 min 不能同时为空', 'and min cannot both be null');
  const total = m.strata.reduce((n, s) => n + s.population, 0);
  if (total !== m.filters.frame) fail('$.filters.frame', `应为各层总数 ${total}`, `must equal the strata total ${total}`);
  const counts = new Map<string, number>();
  m.strata.forEach((s, i) => {
    const at = `$.strata[${i}]`;
    if (i > 0 && compareCodePoints(m.strata[i - 1]!.key, s.key) >= 0) fail(at, '分层须按键排序且不重复', 'strata must be sorted by key, without repeats');
    const rq = rate ? rateQuota(rate, s.population) : 0;
    if (s.rateQuota !== rq) fail(`${at}.rateQuota`, `应为 ${rq}`, `must be ${rq}`);
    const rt = rate ? rateTimes(rate, s.population) : null;
    if (s.rateTimesPopulation !== rt) fail(`${at}.rateTimesPopulation`, `应为 ${rt}`, `must be ${rt}`);
    const q = Math.min(s.population, Math.max(s.rateQuota, s.floorShare));
    if (s.quota !== q || s.floorShare > s.population) fail(`${at}.quota`, `应为 ${q}`, `must be ${q}`);
    counts.set(s.key, 0);
  });
  const perStratum = m.stratumMin ?? 0;
  m.strata.forEach((s, i) => {
    if (s.floorShare < Math.min(perStratum, s.population)) fail(`$.strata[${i}].floorShare`, `不应小于每层下限 ${Math.min(perStratum, s.population)}`, `must be at least the floor per stratum ${Math.min(perStratum, s.population)}`);
  });
  const guaranteed = m.strata.reduce((n, s) => n + Math.min(perStratum, s.population), 0);
  const floor = Math.max(guaranteed, Math.min(m.min ?? 0, total));
  const shares = m.strata.reduce((n, s) => n + s.floorShare, 0);
  if (shares !== floor) fail('$.strata', `floorShare 之和应为 ${floor}`, `floorShare must add up to ${floor}`);
  const f = m.filters;
  const left = f.records - f.outOfPeriod - f.missingDate - (f.outOfScope ?? 0) - (f.ownUnit ?? 0);
  if (left !== f.frame) fail('$.filters', `记录数减去未纳入的应为 ${f.frame}`, `records minus those left out must equal the frame ${f.frame}`);
  const missing = m.excluded.filter((e) => e.reason === 'missing-date').length;
  const own = m.excluded.filter((e) => e.reason === 'own-unit').length;
  if (missing !== f.missingDate || own !== (f.ownUnit ?? 0)) fail('$.excluded', `应列出 ${f.missingDate} 份缺日期、${f.ownUnit ?? 0} 份本级单位的记录`, `must list ${f.missingDate} records without a date and ${f.ownUnit ?? 0} of the own unit`);
  const seen = new Set<string>();
  m.selected.forEach((s, i) => {
    const at = `$.selected[${i}]`;
    const c = counts.get(s.stratum);
    if (c === undefined) fail(`${at}.stratum`, '不在 strata 中', 'is not a listed stratum');
    counts.set(s.stratum, c! + 1);
    const k = caseIdKey(s.id);
    if (seen.has(k)) fail(`${at}.id`, '重复', 'is drawn twice');
    seen.add(k);
    const prev = m.selected[i - 1];
    if (prev && (prev.ticket > s.ticket || (prev.ticket === s.ticket && compareCodePoints(prev.stratum, s.stratum) > 0))) {
      fail(at, '未按抽样顺序排列', 'is out of draw order');
    }
  });
  m.strata.forEach((s, i) => {
    if (counts.get(s.key) !== s.quota) fail(`$.strata[${i}]`, `抽中 ${counts.get(s.key)} 个，配额为 ${s.quota}`, `has ${counts.get(s.key)} drawn but a quota of ${s.quota}`);
  });
}

/** The drawn records of a dataset, in draw order. A drawn id missing from the dataset is an input error. */
export function selectFromManifest(dataset: Dataset, manifest: Manifest, kind: 'cases'): CaseFile[];
export function selectFromManifest(dataset: Dataset, manifest: Manifest, kind: 'schemes'): Scheme[];
export function selectFromManifest(dataset: Dataset, manifest: Manifest): (CaseFile | Scheme)[];
export function selectFromManifest(dataset: Dataset, manifest: Manifest, kind?: 'cases' | 'schemes'): (CaseFile | Scheme)[] {
  if (kind && manifest.kind !== kind) {
    throw new InputError(
      tr(`抽样清单抽取的是${manifest.kind === 'cases' ? '案卷' : '检查方案'}，此处需要${kind === 'cases' ? '案卷' : '检查方案'}`, `the manifest draws ${manifest.kind}, this needs ${kind}`),
      { hint: tr('请换用对应的抽样清单', 'use a manifest drawn for this kind of record') },
    );
  }
  const pool: (CaseFile | Scheme)[] = manifest.kind === 'cases' ? dataset.cases : dataset.schemes;
  const byKey = new Map(pool.map((r) => [caseIdKey(r.id), r] as const));
  const missing: string[] = [];
  const out: (CaseFile | Scheme)[] = [];
  for (const s of manifest.selected) {
    const r = byKey.get(caseIdKey(s.id));
    if (r) out.push(r);
    else missing.push(s.id);
  }
  if (missing.length) {
    throw new InputError(
      tr(`抽样清单中的 ${missing.length} 个编号不在输入数据中：${missing.slice(0, 5).join('、')}`, `${missing.length} drawn ids are not in the input data: ${missing.slice(0, 5).join(', ')}`),
      { details: missing.length > 5 ? missing : [], hint: tr('输入数据应与抽样时相同；可用 caseaudit verify 核对', 'the inputs must be those the sample was drawn from; check with caseaudit verify') },
    );
  }
  return out;
}
