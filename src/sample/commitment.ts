/**
 * Commit-then-draw: `sample --commit` records the sampling frame (input hashes, the set of ids with their strata,
 * the rule) before any seed exists; `sample --commitment FILE --seed S` draws only if the frame is unchanged. The
 * seed can then be a public number fixed in advance (a lottery result), so nobody could choose the frame after
 * seeing the seed, nor the seed after seeing the frame. See docs/sampling.md §8.
 */
import { hash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import type { Dataset } from '../model/types.js';
import type { Manifest } from '../model/manifest.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import { assertWritable, sha256File, writeFileAtomic, writeToStdout } from '../util/fs.js';
import { toolVersion } from '../util/paths.js';
import { formatRate } from './rate.js';
import { resolveParams, type SampleFlags } from './params.js';
import { frameFor, hashInputs } from './run.js';
import { compareCodePoints, netstring, TICKET_ALGORITHM } from './tickets.js';

export const COMMIT_ALGORITHM = 'caseaudit-commit-v1';

export interface Commitment {
  schemaVersion: 1;
  toolVersion: string;
  algorithm: string;
  /** the draw algorithm the frame is committed for */
  drawAlgorithm: string;
  kind: Manifest['kind'];
  preset: string | null;
  rate: string | null;
  min: number | null;
  stratifyBy: string;
  /** cases: the date that places a file in the period */
  periodDate: string | null;
  /** --scope as given (a province or city), or null */
  scope?: string | null;
  filters: Manifest['filters'];
  inputs: Manifest['inputs'];
  strata: { key: string; population: number }[];
  /** SHA-256 of the netstrings of every (stratum key, id key) of the frame, sorted by code point */
  idSetHash: string;
  /** how the seed will be fixed, e.g. "2025-07-01 福利彩票双色球开奖号码" (free text, recorded as committed) */
  seedRule: string | null;
}

/** The frame's fingerprint (order-independent). */
export function idSetHash(items: { id: string; stratum: string }[]): string {
  const keys = items.map((x) => netstring(x.stratum) + netstring(caseIdKey(x.id))).sort(compareCodePoints);
  return hash('sha256', netstring(COMMIT_ALGORITHM) + keys.join(''), 'hex');
}

/** The commitment of a dataset under the sampling flags (no seed involved). */
export function commitDataset(dataset: Dataset, flags: SampleFlags, inputs: Manifest['inputs'], seedRule?: string): Commitment {
  const p = resolveParams({ ...flags, seed: 'commitment' }, dataset); // the seed is not used: only the frame is
  const frame = frameFor(dataset, p);
  const strata = new Map<string, number>();
  for (const it of frame.items) strata.set(it.stratum, (strata.get(it.stratum) ?? 0) + 1);
  return {
    schemaVersion: 1,
    toolVersion: toolVersion(),
    algorithm: COMMIT_ALGORITHM,
    drawAlgorithm: TICKET_ALGORITHM,
    kind: p.kind,
    preset: p.preset?.id ?? null,
    rate: p.rate ? formatRate(p.rate) : null,
    min: p.min,
    stratifyBy: p.strata,
    periodDate: p.kind === 'cases' && p.period ? p.caseDate : null,
    scope: flags.scope ?? null,
    filters: frame.filters,
    inputs,
    strata: [...strata].sort((a, b) => compareCodePoints(a[0], b[0])).map(([key, population]) => ({ key, population })),
    idSetHash: idSetHash(frame.items),
    seedRule: seedRule ?? null,
  };
}

type IngestOpts = Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'ocrCache' | 'ocrEngine' | 'ocrPages' | 'map' | 'skipBad' | 'duplicates'>;

/** `sample --commit`: write the commitment (refusing to overwrite unless forced). */
export async function runCommit(inputs: string[], flags: SampleFlags & IngestOpts & { output?: string; force?: boolean; seedRule?: string }): Promise<Commitment> {
  if (flags.seed) throw new UsageError(tr('--commit 在种子确定之前记录抽样框：不要同时给出 --seed', '--commit records the frame before the seed exists: do not give --seed'));
  if (flags.output && flags.output !== '-') assertWritable(flags.output, flags.force, tr('抽样框承诺', 'commitment'));
  const { dataset } = await ingestWithOcr(inputs, { kind: flags.kind, jobs: flags.jobs, ocr: flags.ocr, ocrCache: flags.ocrCache, ocrEngine: flags.ocrEngine, ...(flags.ocrPages ? { ocrPages: flags.ocrPages } : {}), map: flags.map, skipBad: flags.skipBad, duplicates: flags.duplicates, onProgress: flags.onProgress });
  const c = commitDataset(dataset, flags, await hashInputs(inputs), flags.seedRule);
  const text = `${JSON.stringify(c, null, 2)}\n`;
  if (flags.output === '-') writeToStdout(text);
  else if (flags.output) await writeFileAtomic(flags.output, text);
  return c;
}

/** Read a commitment file (its JSON and algorithm), or exit 2. */
export async function loadCommitment(file: string): Promise<Commitment> {
  let c: Commitment;
  try {
    c = JSON.parse(await fsp.readFile(file, 'utf8')) as Commitment;
  } catch (err) {
    throw new InputError(tr(`无法读取抽样框承诺 ${file}：${(err as Error).message}`, `cannot read the commitment ${file}: ${(err as Error).message}`), { location: { file } });
  }
  if (c?.algorithm !== COMMIT_ALGORITHM || !Array.isArray(c.strata) || typeof c.idSetHash !== 'string') {
    throw new InputError(tr(`${file} 不是 caseaudit sample --commit 写出的抽样框承诺`, `${file} is not a commitment written by caseaudit sample --commit`), { location: { file } });
  }
  return c;
}

/** The sampling flags a commitment fixes; a flag given that differs is a usage error. */
export function committedFlags(c: Commitment, flags: SampleFlags): SampleFlags {
  const fixed: SampleFlags = { kind: c.kind, strata: c.stratifyBy, ...(c.preset ? { preset: c.preset } : {}), ...(c.rate ? { rate: c.rate } : {}), ...(c.min !== null ? { min: c.min } : {}), ...(c.filters.period ? { period: c.filters.period } : {}), ...(c.periodDate ? { periodDate: c.periodDate } : {}), ...(c.scope ? { scope: c.scope } : {}) };
  for (const k of ['kind', 'strata', 'preset', 'rate', 'min', 'period', 'periodDate', 'scope'] as const) {
    const given = flags[k];
    if (given !== undefined && String(given) !== String(fixed[k] ?? '')) {
      throw new UsageError(tr(`--${k} ${given} 与抽样框承诺不符（承诺：${fixed[k] ?? '无'}）`, `--${k} ${given} differs from the commitment (${fixed[k] ?? 'none'})`), { hint: tr('承诺后抽样规则不能再改', 'the rule cannot change after the commitment') });
    }
  }
  return { ...fixed, seed: flags.seed };
}

/** Differences between a commitment and the frame now (empty = unchanged). */
export function compareCommitment(c: Commitment, now: Commitment): string[] {
  const out: string[] = [];
  const before = new Map(c.inputs.map((i) => [i.path, i.sha256]));
  const hashesNow = new Set(now.inputs.map((i) => i.sha256));
  for (const i of c.inputs) if (!hashesNow.has(i.sha256)) out.push(tr(`输入文件已改变或缺少：${i.path}`, `input changed or missing: ${i.path}`));
  for (const i of now.inputs) if (!c.inputs.some((x) => x.sha256 === i.sha256) && !before.has(i.path)) out.push(tr(`多出输入文件：${i.path}`, `input added: ${i.path}`));
  if (c.idSetHash !== now.idSetHash) out.push(tr(`抽样框的案卷编号或分层已改变（${c.filters.frame} → ${now.filters.frame} 份）`, `the frame's ids or strata changed (${c.filters.frame} → ${now.filters.frame} records)`));
  const pop = new Map(now.strata.map((s) => [s.key, s.population]));
  for (const s of c.strata) if (pop.get(s.key) !== s.population) out.push(tr(`分层 ${s.key}：${s.population} → ${pop.get(s.key) ?? 0}`, `stratum ${s.key}: ${s.population} → ${pop.get(s.key) ?? 0}`));
  return out;
}

/** Check the frame of `dataset` against the commitment; exit 2 naming every change. Returns what the manifest records. */
export async function checkCommitment(file: string, c: Commitment, dataset: Dataset, flags: SampleFlags, inputs: Manifest['inputs']): Promise<{ path: string; sha256: string; idSetHash: string; seedRule: string | null }> {
  const diff = compareCommitment(c, commitDataset(dataset, flags, inputs));
  if (diff.length) {
    throw new InputError(tr(`抽样框自承诺（${file}）以来已改变，拒绝抽样：${diff[0]}`, `the frame changed since the commitment (${file}): refusing to draw: ${diff[0]}`), { details: diff.length > 1 ? diff : [], location: { file } });
  }
  return { path: file, sha256: await sha256File(file), idSetHash: c.idSetHash, seedRule: c.seedRule };
}

/** `caseaudit verify commitment.json inputs…`: is the frame still the one committed? */
export async function runVerifyCommitment(file: string, inputs: string[], opts: IngestOpts = {}): Promise<{ identical: boolean; differences: { kind: string; message: string }[] }> {
  const c = await loadCommitment(file);
  const { dataset } = await ingestWithOcr(inputs, { ...opts, kind: c.kind });
  const diff = compareCommitment(c, commitDataset(dataset, committedFlags(c, {}), await hashInputs(inputs)));
  return { identical: diff.length === 0, differences: diff.map((message) => ({ kind: 'frame-changed', message })) };
}

/** A manifest drawn under a commitment: does the commitment file still have the hash the manifest recorded? */
export async function checkManifestCommitment(m: Manifest): Promise<{ kind: string; message: string }[]> {
  if (!m.commitment) return [];
  let now: string;
  try {
    now = await sha256File(m.commitment.path);
  } catch {
    return [{ kind: 'commitment-missing', message: tr(`清单记录的抽样框承诺不存在：${m.commitment.path}`, `the commitment the manifest records is missing: ${m.commitment.path}`) }];
  }
  return now === m.commitment.sha256 ? [] : [{ kind: 'commitment-changed', message: tr(`抽样框承诺文件已改变：${m.commitment.path}`, `the commitment file changed: ${m.commitment.path}`) }];
}
