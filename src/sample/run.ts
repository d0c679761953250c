/** runSample: ingest → frame → draw → manifest (+ draw list), written atomically. Never prints. */
import path from 'node:path';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { knownExtensions } from '../ingest/readers.js';
import { MANIFEST_SCHEMA_VERSION, type Manifest, type ManifestInput, type RecordsFingerprint } from '../model/manifest.js';
import { resolveMapping } from '../ingest/excel/mapping.js';
import { recordsFingerprint } from './records-fingerprint.js';
import type { CaseFile, Dataset, Scheme } from '../model/types.js';
import { assertWritable, expandInputs, sha256File, writeFilesAtomic, writeToStdout } from '../util/fs.js';
import { toolVersion } from '../util/paths.js';
import { tr } from '../i18n.js';
import { draw } from './draw.js';
import { buildFrame } from './frame.js';
import { formatRate } from './rate.js';
import { resolveParams, type SampleFlags, type SampleParams } from './params.js';
import { citiesFound, divisionsId, parseScope, type Place } from '../model/divisions-places.js';
import type { Division } from '../model/divisions.js';
import type { ManifestScope } from '../model/manifest.js';
import { InputError, UsageError } from '../errors.js';
import { MISSING_STRATUM } from './strata.js';
import { TICKET_ALGORITHM } from './tickets.js';
import { renderDrawList } from './draw-list.js';
import { checkCommitment, committedFlags, loadCommitment } from './commitment.js';

export interface SampleOptions extends SampleFlags, Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'map' | 'ocrCache' | 'ocrEngine' | 'ocrPages' | 'skipBad' | 'duplicates'> {
  /** write the manifest here */
  output?: string;
  /** write the draw list here; default: next to the manifest (.xlsx); false: none */
  xlsx?: string | false;
  force?: boolean;
  /** a commitment from `sample --commit`: draw only if the frame is unchanged (its rule replaces the flags) */
  commitment?: string;
  /** the inputs already read (caseaudit run reads them once and hands the dataset to every stage); `inputs` are then only hashed */
  dataset?: Dataset;
  /** the hashes of `inputs`, when the caller has them (caseaudit run draws twice from the same inputs) */
  inputHashes?: Manifest['inputs'];
  /** where the seed comes from, e.g. "2025-07-01 福利彩票双色球开奖号码" (recorded in the manifest) */
  seedNote?: string;
}

export interface SampleResult {
  manifest: Manifest;
  /** the drawn records, in draw order */
  records: (CaseFile | Scheme)[];
  warnings: string[];
  files: string[];
}

/** A path as the manifest records it: relative to the working directory when inside it, '/' separators. */
export function manifestPath(p: string): string {
  const abs = path.resolve(p);
  const rel = path.relative(process.cwd(), abs);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
}

/** Hash every input file (folders expanded as ingest does), sorted by path. */
export async function hashInputs(inputs: string[]): Promise<Manifest['inputs']> {
  const files = await expandInputs(inputs, knownExtensions());
  const out = await Promise.all(files.map(async (f) => ({ path: manifestPath(f), sha256: await sha256File(f) })));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The sampling frame of a dataset under resolved parameters: the draw's and the commitment's one definition. */
export function frameFor(dataset: Dataset, p: SampleParams): ReturnType<typeof buildFrame> {
  return buildFrame(dataset, {
    kind: p.kind,
    by: p.strata,
    period: p.period,
    caseDate: p.caseDate,
    divisions: p.divisions,
    ...(p.scope ? { scope: (places: Place[], province?: Division) => scopeOf(p.scope!, places, province) } : {}),
  });
}

/** Draw from a dataset already in memory (no files touched). An empty frame is an input error unless `allowEmpty` (re-draws of old manifests). `input` and `records` are recorded in the manifest (how the inputs were read, their records' fingerprint). */
export function sampleDataset(dataset: Dataset, flags: SampleFlags, inputs: Manifest['inputs'], opts: { allowEmpty?: boolean; input?: ManifestInput; records?: (kind: Manifest['kind']) => RecordsFingerprint } = {}): Omit<SampleResult, 'files'> {
  const p = resolveParams(flags, dataset);
  const frame = frameFor(dataset, p);
  if (frame.items.length === 0 && !opts.allowEmpty) throw emptyFrame(p, frame);
  const result = draw(frame.items, { seed: p.seed, rate: p.rate, min: p.min, stratumMin: p.stratumMin });
  const warnings = [...frameNotes(p, frame, dataset), ...p.warnings];
  const none = result.strata.find((s) => s.key === MISSING_STRATUM);
  if (none && !frame.unplaced.length) warnings.push(tr(`${none.population} 条记录缺少分层字段（${p.strata}），归入 "${MISSING_STRATUM}" 层抽样`, `${none.population} records have no ${p.strata}: drawn as stratum "${MISSING_STRATUM}"`));
  if (p.min !== null && frame.items.length < p.min) warnings.push(tr(`抽样框只有 ${frame.items.length} 份，少于下限 ${p.min}：全部抽取`, `the frame has only ${frame.items.length} files, fewer than the floor ${p.min}: all are drawn`));
  const manifest: Manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    toolVersion: toolVersion(),
    algorithm: TICKET_ALGORITHM,
    kind: p.kind,
    seed: p.seed,
    seedSource: p.seedSource,
    preset: p.preset?.id ?? null,
    ...(p.preset && p.preset.version > 1 ? { presetVersion: p.preset.version } : {}),
    rate: p.rate ? formatRate(p.rate) : null,
    min: p.min,
    stratifyBy: p.strata,
    ...(p.stratumMin !== null ? { stratumMin: p.stratumMin } : {}),
    ...(p.divisions ? { divisions: divisionsId() } : {}),
    ...(frame.scope ? { scope: frame.scope } : {}),
    ...(p.divisions ? { unplaced: frame.unplaced } : {}),
    filters: frame.filters,
    inputs,
    ...(opts.input && Object.keys(opts.input).length ? { input: opts.input } : {}),
    ...(opts.records ? { records: opts.records(p.kind) } : {}),
    strata: result.strata,
    selected: result.selected.map((s) => ({ id: s.id, stratum: s.stratum, ticket: s.ticket })),
    excluded: frame.excluded.map((e) => ({ ...e, file: manifestPath(e.file) })),
  };
  return { manifest, records: result.selected.map((s) => frame.records[s.index]!), warnings };
}

/** The scope of the draw: --scope as given, or the data's province / its only city for a preset that needs one. */
export function scopeOf(rule: NonNullable<SampleParams['scope']>, places: Place[], province?: Division): ManifestScope {
  if ('text' in rule) return parseScope(rule.text, province);
  if (rule.infer === 'province') {
    if (!province) throw new UsageError(tr('无法从执法单位名称判断所属省份：请用 --scope 给出，如 --scope 江西省', 'cannot tell the province from the units\' names: give it with --scope, e.g. --scope 江西省'));
    return { level: 'province', code: province.code!, name: province.name };
  }
  const cities = citiesFound(places, province?.code ?? undefined);
  if (cities.length === 1) {
    const code = places.find((pl) => pl.cityCode && (!province || pl.provinceCode === province.code))!.cityCode!;
    return parseScope(code);
  }
  throw new UsageError(
    tr(`设区市年度抽查须用 --scope 指明本市（数据中有 ${cities.length} 个设区市：${cities.join('、') || '无'}）`, `a city's annual draw needs --scope naming the city (the data has ${cities.length} cities: ${cities.join(', ') || 'none'})`),
    { hint: 'caseaudit sample cases.xlsx --preset city-annual --scope 南昌市 --period 2025 --seed 2025 -o manifest.json' },
  );
}

/** What left the frame, said before the draw: each excluded class with its count. */
function frameNotes(p: SampleParams, frame: ReturnType<typeof buildFrame>, dataset: Dataset): string[] {
  const f = frame.filters;
  const what = p.kind === 'cases' ? tr('案卷', 'case files') : tr('检查方案', 'schemes');
  const notes: string[] = [];
  const parts: string[] = [];
  if (f.period) parts.push(tr(`期间 ${f.period} 外 ${f.outOfPeriod}`, `${f.outOfPeriod} outside ${f.period}`));
  if (f.missingDate) parts.push(tr(`缺少${dateLabel(f.dateField)} ${f.missingDate}`, `${f.missingDate} without ${dateLabel(f.dateField)}`));
  if (frame.scope) parts.push(tr(`${frame.scope.name}以外单位 ${f.outOfScope ?? 0}`, `${f.outOfScope ?? 0} of units outside ${frame.scope.name}`));
  if (frame.scope) parts.push(tr(`本级单位 ${f.ownUnit ?? 0}`, `${f.ownUnit ?? 0} of the ${frame.scope.level === 'province' ? 'province' : 'city'}'s own unit`));
  if (parts.length) notes.push(tr(`抽样框：${f.records} 份${what}，未纳入：${parts.join('，')}；纳入 ${f.frame} 份`, `frame: ${f.records} ${what}; left out: ${parts.join(', ')}; ${f.frame} in the frame`));
  if (f.missingDate && p.kind === 'cases') {
    const byType = new Map<string, number>();
    const ids = new Set(frame.excluded.filter((e) => e.reason === 'missing-date').map((e) => e.id));
    for (const c of dataset.cases) if (ids.has(c.id)) byType.set(c.type ?? '?', (byType.get(c.type ?? '?') ?? 0) + 1);
    const list = [...byType.entries()].map(([t, n]) => `${typeName(t)} ${n}`).join(tr('，', ', '));
    notes.push(tr(`${f.missingDate} 份案卷缺少${dateLabel(f.dateField)}（${list}），未纳入抽样，列入清单 excluded`, `${f.missingDate} case files have no ${dateLabel(f.dateField)} (${list}): not drawn, listed under "excluded"`));
  } else if (f.missingDate) {
    notes.push(tr(`${f.missingDate} 份检查方案缺少检查日期，未纳入抽样，列入清单 excluded`, `${f.missingDate} schemes have no inspection date: not drawn, listed under "excluded"`));
  }
  if (f.ownUnit) {
    const units = [...new Set(frame.excluded.filter((e) => e.reason === 'own-unit').map((e) => e.unit ?? ''))].join('、');
    notes.push(tr(`${frame.scope!.name}本级单位（${units}）的 ${f.ownUnit} 份${what}不计入对下级的抽查，列入清单 excluded`, `${f.ownUnit} ${what} of ${frame.scope!.name}'s own unit (${units}) do not count toward the review of lower levels: listed under "excluded"`));
  }
  for (const u of frame.unplaced) {
    notes.push(
      u.problem === 'ambiguous'
        ? tr(`无法确定执法单位"${u.unit}"属于哪里（${u.candidates?.join('、')}），其 ${u.records} 份${what}归入 "${MISSING_STRATUM}" 层；可在数据中加"所属设区市"列`, `cannot tell where "${u.unit}" is (${u.candidates?.join(', ')}): its ${u.records} ${what} are drawn as "${MISSING_STRATUM}"; add a city column to the data`)
        : tr(`无法识别执法单位"${u.unit}"所属的行政区划，其 ${u.records} 份${what}归入 "${MISSING_STRATUM}" 层；可在数据中加"所属设区市"列`, `cannot place the unit "${u.unit}" in any division: its ${u.records} ${what} are drawn as "${MISSING_STRATUM}"; add a city column to the data`),
    );
  }
  return notes;
}

function dateLabel(field: string | null): string {
  switch (field) {
    case 'dates.decided':
      return tr('决定日期', 'a decision date');
    case 'dates.closed':
      return tr('结案日期', 'a closing date');
    case 'dates.filed':
      return tr('立案日期', 'a filing date');
    case 'dates.decided|dates.closed':
      return tr('决定日期和结案日期', 'a decision or closing date');
    default:
      return tr('检查日期', 'an inspection date');
  }
}

function typeName(t: string): string {
  const zh: Record<string, string> = { penalty: '行政处罚', inspection: '行政检查', coercion: '行政强制', '?': '类型不明' };
  return tr(zh[t] ?? t, t === '?' ? 'type unknown' : t);
}

/** Exit 2 when nothing is left to draw from, saying what was found instead. */
function emptyFrame(p: SampleParams, frame: ReturnType<typeof buildFrame>): InputError {
  const f = frame.filters;
  const what = p.kind === 'cases' ? tr('案卷', 'case files') : tr('检查方案', 'schemes');
  const dates = frame.dateRange ? tr(`；日期范围 ${frame.dateRange[0]} … ${frame.dateRange[1]}`, `; dates run ${frame.dateRange[0]} … ${frame.dateRange[1]}`) : '';
  const head = f.period ? `${f.period}: ` : '';
  const msg =
    f.records === 0
      ? tr(`输入中没有${what}，无从抽样`, `the inputs hold no ${what}: nothing to draw from`)
      : tr(`${head}抽样框为空：${f.records} 份${what}中 0 份纳入（期间外 ${f.outOfPeriod}，缺少日期 ${f.missingDate}${frame.scope ? `，${frame.scope.name}以外 ${f.outOfScope ?? 0}，本级单位 ${f.ownUnit ?? 0}` : ''}）${dates}`, `${head}0 of ${f.records} ${what} in the frame (${f.outOfPeriod} outside the period, ${f.missingDate} without a date${frame.scope ? `, ${f.outOfScope ?? 0} outside ${frame.scope.name}, ${f.ownUnit ?? 0} of its own unit` : ''})${dates}`);
  return new InputError(msg, { hint: tr('检查 --period、--period-date 和 --scope 是否与数据一致', 'check --period, --period-date and --scope against the data') });
}

/** Read inputs, draw, and write the manifest and its draw list together (all or nothing). */
export async function runSample(inputs: string[], opts: SampleOptions = {}): Promise<SampleResult> {
  // -o - prints the manifest on stdout; the draw list then needs its own --xlsx path
  const toStdout = opts.output === '-';
  const xlsx = opts.xlsx === false ? undefined : (opts.xlsx ?? (opts.output && !toStdout ? opts.output.replace(/\.json$/i, '') + '.xlsx' : undefined));
  if (opts.output && !toStdout) assertWritable(opts.output, opts.force, tr('抽样清单', 'manifest'));
  if (xlsx) assertWritable(xlsx, opts.force, tr('抽样名单', 'draw list'));
  const committed = opts.commitment ? await loadCommitment(opts.commitment) : undefined;
  if (committed && !opts.seed) throw new UsageError(tr('按承诺抽样须给出 --seed（事先公布的种子，例如开奖号码）', '--commitment needs --seed (the seed fixed in advance, e.g. a lottery result)'));
  const flags = committed ? { ...opts, ...committedFlags(committed, opts) } : opts;
  // the mapping is loaded once and recorded in the manifest, so verify reads the inputs the same way
  const { map } = await resolveMapping({ map: opts.map, kind: flags.kind });
  const input: ManifestInput = { ...(map ? { map: map as Record<string, string> } : {}), ...(opts.duplicates === 'reject' ? { duplicates: 'reject' as const } : {}), ...(opts.skipBad ? { skipBad: true } : {}) };
  const dataset = opts.dataset ?? (await ingestWithOcr(inputs, { kind: flags.kind, jobs: opts.jobs, ocr: opts.ocr, ocrCache: opts.ocrCache, ocrEngine: opts.ocrEngine, ...(opts.ocrPages ? { ocrPages: opts.ocrPages } : {}), map, skipBad: opts.skipBad, duplicates: opts.duplicates, onProgress: opts.onProgress })).dataset;
  const hashes = opts.inputHashes ?? (await hashInputs(inputs));
  const commitment = committed ? await checkCommitment(opts.commitment!, committed, dataset, flags, hashes) : undefined;
  // the fingerprint lets verify recognise the same cases in another file (measured: 4.8 s CPU for 100,000 records of ~1.8 KB, the bundled samples' size)
  const res = sampleDataset(dataset, flags, hashes, { input, records: (kind) => recordsFingerprint(dataset[kind]) });
  if (commitment) res.manifest.commitment = { ...commitment, path: manifestPath(commitment.path) };
  if (opts.seedNote) res.manifest.seedNote = opts.seedNote;
  const files: { path: string; data: string | Uint8Array }[] = [];
  const manifestJson = `${JSON.stringify(res.manifest, null, 2)}\n`;
  if (opts.output && !toStdout) files.push({ path: opts.output, data: manifestJson });
  if (xlsx) files.push({ path: xlsx, data: await renderDrawList(res.manifest, res.records) });
  // without --force nothing is replaced, even by a run racing this one; with it the draw's whole set is replaced:
  // an old draw list beside a manifest rewritten with --no-xlsx goes too (it belongs to the old draw)
  const oldList = opts.force && opts.output && !toStdout && !xlsx ? opts.output.replace(/\.json$/i, '') + '.xlsx' : undefined;
  await writeFilesAtomic(files, { replace: Boolean(opts.force), remove: oldList && oldList !== opts.output ? [oldList] : [] });
  if (toStdout) writeToStdout(manifestJson);
  return { ...res, files: files.map((f) => f.path) };
}
