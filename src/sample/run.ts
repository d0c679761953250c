/** runSample: ingest → frame → draw → manifest (+ draw list), written atomically. Never prints. */
import path from 'node:path';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { knownExtensions } from '../ingest/readers.js';
import { MANIFEST_SCHEMA_VERSION, type Manifest } from '../model/manifest.js';
import type { CaseFile, Dataset, Scheme } from '../model/types.js';
import { assertWritable, expandInputs, sha256File, writeFilesAtomic } from '../util/fs.js';
import { toolVersion } from '../util/paths.js';
import { tr } from '../i18n.js';
import { draw } from './draw.js';
import { buildFrame } from './frame.js';
import { formatRate } from './rate.js';
import { resolveParams, type SampleFlags } from './params.js';
import { MISSING_STRATUM } from './strata.js';
import { TICKET_ALGORITHM } from './tickets.js';
import { renderDrawList } from './draw-list.js';

export interface SampleOptions extends SampleFlags, Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'map' | 'ocrCache' | 'ocrEngine'> {
  /** write the manifest here */
  output?: string;
  /** write the draw list here; default: next to the manifest (.xlsx); false: none */
  xlsx?: string | false;
  force?: boolean;
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

/** Draw from a dataset already in memory (no files touched). */
export function sampleDataset(dataset: Dataset, flags: SampleFlags, inputs: Manifest['inputs']): Omit<SampleResult, 'files'> {
  const p = resolveParams(flags, dataset);
  const frame = buildFrame(dataset, p.kind, p.strata, p.period, p.caseDate);
  const result = draw(frame.items, { seed: p.seed, rate: p.rate, min: p.min });
  const warnings = [...p.warnings];
  const none = result.strata.find((s) => s.key === MISSING_STRATUM);
  if (none) warnings.push(tr(`${none.population} 条记录缺少分层字段（${p.strata}），归入 "${MISSING_STRATUM}" 层抽样`, `${none.population} records have no ${p.strata}: drawn as stratum "${MISSING_STRATUM}"`));
  if (frame.excluded.length) warnings.push(tr(`${frame.excluded.length} 条记录缺少${p.kind === 'cases' ? '决定日期' : '检查日期'}，未纳入抽样，已列入清单 excluded`, `${frame.excluded.length} records have no ${p.kind === 'cases' ? 'decision' : 'inspection'} date: not drawn, listed under "excluded"`));
  if (p.min !== null && frame.items.length < p.min) warnings.push(tr(`抽样框只有 ${frame.items.length} 份，少于下限 ${p.min}：全部抽取`, `the frame has only ${frame.items.length} files, fewer than the floor ${p.min}: all are drawn`));
  const manifest: Manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    toolVersion: toolVersion(),
    algorithm: TICKET_ALGORITHM,
    kind: p.kind,
    seed: p.seed,
    seedSource: p.seedSource,
    preset: p.preset?.id ?? null,
    rate: p.rate ? formatRate(p.rate) : null,
    min: p.min,
    stratifyBy: p.strata,
    filters: frame.filters,
    inputs,
    strata: result.strata,
    selected: result.selected.map((s) => ({ id: s.id, stratum: s.stratum, ticket: s.ticket })),
    excluded: frame.excluded.map((e) => ({ ...e, file: manifestPath(e.file) })),
  };
  return { manifest, records: result.selected.map((s) => frame.records[s.index]!), warnings };
}

/** Read inputs, draw, and write the manifest and its draw list together (all or nothing). */
export async function runSample(inputs: string[], opts: SampleOptions = {}): Promise<SampleResult> {
  // -o - prints the manifest on stdout; the draw list then needs its own --xlsx path
  const toStdout = opts.output === '-';
  const xlsx = opts.xlsx === false ? undefined : (opts.xlsx ?? (opts.output && !toStdout ? opts.output.replace(/\.json$/i, '') + '.xlsx' : undefined));
  if (opts.output && !toStdout) assertWritable(opts.output, opts.force, tr('抽样清单', 'manifest'));
  if (xlsx) assertWritable(xlsx, opts.force, tr('抽样名单', 'draw list'));
  const { dataset } = await ingestWithOcr(inputs, { kind: opts.kind, jobs: opts.jobs, ocr: opts.ocr, ocrCache: opts.ocrCache, ocrEngine: opts.ocrEngine, map: opts.map, onProgress: opts.onProgress });
  const hashes = await hashInputs(inputs);
  const res = sampleDataset(dataset, opts, hashes);
  const files: { path: string; data: string | Uint8Array }[] = [];
  const manifestJson = `${JSON.stringify(res.manifest, null, 2)}\n`;
  if (opts.output && !toStdout) files.push({ path: opts.output, data: manifestJson });
  if (xlsx) files.push({ path: xlsx, data: await renderDrawList(res.manifest, res.records) });
  // without --force nothing is replaced, even by a run racing this one; with it the draw's whole set is replaced:
  // an old draw list beside a manifest rewritten with --no-xlsx goes too (it belongs to the old draw)
  const oldList = opts.force && opts.output && !toStdout && !xlsx ? opts.output.replace(/\.json$/i, '') + '.xlsx' : undefined;
  await writeFilesAtomic(files, { replace: Boolean(opts.force), remove: oldList && oldList !== opts.output ? [oldList] : [] });
  if (toStdout) process.stdout.write(manifestJson);
  return { ...res, files: files.map((f) => f.path) };
}
