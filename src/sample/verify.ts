/** Verify a manifest: re-draw from the given inputs with the manifest's parameters and list every difference. */
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import type { Manifest } from '../model/manifest.js';
import type { Dataset } from '../model/types.js';
import { tr } from '../i18n.js';
import { loadManifest } from './manifest.js';
import { hashInputs, sampleDataset } from './run.js';
import type { SampleFlags } from './params.js';
import { casePeriodDateOf } from './period.js';

export type DifferenceKind =
  | 'input-changed'
  | 'input-removed'
  | 'input-added'
  | 'frame-changed'
  | 'stratum-changed'
  | 'selection-missing'
  | 'selection-extra'
  | 'ticket-changed'
  | 'order-changed'
  | 'excluded-changed';

export interface Difference {
  kind: DifferenceKind;
  message: string;
}

export interface VerifyResult {
  identical: boolean;
  manifest: string;
  differences: Difference[];
  /** facts that do not make the draw different (a moved input, another tool version) */
  notes: string[];
}

/** Load the manifest (exit 2 when invalid), re-draw from the inputs, compare. */
export async function runVerify(manifestFile: string, inputs: string[], opts: Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'ocrCache' | 'ocrEngine'> = {}): Promise<VerifyResult> {
  const m = await loadManifest(manifestFile);
  const { dataset } = await ingestWithOcr(inputs, { ...opts, kind: m.kind });
  const hashes = await hashInputs(inputs);
  const again = redraw(m, dataset, hashes);
  const { differences, notes } = compareManifests(m, again);
  return { identical: differences.length === 0, manifest: manifestFile, differences, notes };
}

/** Re-draw a manifest's sample from a dataset with the parameters the manifest records (nothing from presets). */
export function redraw(m: Manifest, dataset: Dataset, hashes: Manifest['inputs']): Manifest {
  const flags: SampleFlags = {
    seed: m.seed,
    rate: m.rate ?? undefined,
    min: m.min ?? undefined,
    strata: m.stratifyBy,
    period: m.filters.period ?? undefined,
    ...(m.kind === 'cases' && m.filters.period ? { periodDate: casePeriodDateOf(m.filters.dateField) } : {}),
    kind: m.kind,
    // manifests before issue 15 have none of these: city/level from the records' fields, no scope, no floor per stratum
    divisions: m.divisions !== undefined,
    ...(m.stratumMin !== undefined ? { stratumMin: m.stratumMin } : {}),
    ...(m.scope ? { scope: m.scope.code } : {}),
  };
  const again = sampleDataset(dataset, flags, hashes, { allowEmpty: true }).manifest;
  // the preset names where the parameters came from; it draws nothing itself
  const { presetVersion: _v, ...rest } = again;
  return { ...rest, preset: m.preset, ...(m.presetVersion !== undefined ? { presetVersion: m.presetVersion } : {}) } as Manifest;
}

/** Every difference between a recorded draw and a re-draw. */
export function compareManifests(m: Manifest, again: Manifest): { differences: Difference[]; notes: string[] } {
  const diff: Difference[] = [];
  const notes: string[] = [];
  const add = (kind: DifferenceKind, zh: string, en: string) => diff.push({ kind, message: tr(zh, en) });
  if (m.toolVersion !== again.toolVersion) notes.push(tr(`清单由 ${m.toolVersion} 版生成，当前为 ${again.toolVersion} 版`, `manifest written by version ${m.toolVersion}, this is ${again.toolVersion}`));

  const now = new Map(again.inputs.map((i) => [i.path, i.sha256]));
  const nowHashes = new Set(again.inputs.map((i) => i.sha256));
  const thenPaths = new Set(m.inputs.map((i) => i.path));
  const thenHashes = new Set(m.inputs.map((i) => i.sha256));
  for (const i of m.inputs) {
    const h = now.get(i.path);
    if (h !== undefined && h !== i.sha256) add('input-changed', `输入文件内容已改变：${i.path}（SHA-256 ${i.sha256.slice(0, 12)}… → ${h.slice(0, 12)}…）`, `input changed: ${i.path} (SHA-256 ${i.sha256.slice(0, 12)}… → ${h.slice(0, 12)}…)`);
    else if (h === undefined && nowHashes.has(i.sha256)) notes.push(tr(`输入文件位置改变但内容相同：${i.path}`, `input moved, same content: ${i.path}`));
    else if (h === undefined) add('input-removed', `缺少输入文件：${i.path}`, `input missing: ${i.path}`);
  }
  for (const i of again.inputs) {
    if (!thenPaths.has(i.path) && !thenHashes.has(i.sha256)) add('input-added', `多出输入文件：${i.path}`, `input added: ${i.path}`);
  }

  if (m.divisions !== again.divisions) notes.push(tr(`清单用 ${m.divisions} 判断单位所属行政区划，当前为 ${again.divisions}`, `the manifest placed units with ${m.divisions}, this version uses ${again.divisions}`));
  const f0 = m.filters;
  const f1 = again.filters;
  if (f0.outOfScope !== f1.outOfScope || f0.ownUnit !== f1.ownUnit) {
    add('frame-changed', `范围内外不同：范围外 ${f0.outOfScope ?? 0}→${f1.outOfScope ?? 0}，本级单位 ${f0.ownUnit ?? 0}→${f1.ownUnit ?? 0}`, `scope differs: outside ${f0.outOfScope ?? 0}→${f1.outOfScope ?? 0}, own unit ${f0.ownUnit ?? 0}→${f1.ownUnit ?? 0}`);
  }
  if (f0.records !== f1.records || f0.outOfPeriod !== f1.outOfPeriod || f0.missingDate !== f1.missingDate || f0.frame !== f1.frame) {
    add('frame-changed', `抽样框不同：记录 ${f0.records}→${f1.records}，期间外 ${f0.outOfPeriod}→${f1.outOfPeriod}，缺日期 ${f0.missingDate}→${f1.missingDate}，抽样框 ${f0.frame}→${f1.frame}`, `frame differs: records ${f0.records}→${f1.records}, out of period ${f0.outOfPeriod}→${f1.outOfPeriod}, no date ${f0.missingDate}→${f1.missingDate}, frame ${f0.frame}→${f1.frame}`);
  }
  const strataNow = new Map(again.strata.map((s) => [s.key, s]));
  for (const s of m.strata) {
    const t = strataNow.get(s.key);
    if (!t) add('stratum-changed', `分层 ${s.key} 已不存在（原 ${s.population} 份）`, `stratum ${s.key} is gone (had ${s.population})`);
    else if (t.population !== s.population || t.quota !== s.quota) add('stratum-changed', `分层 ${s.key}：总数 ${s.population}→${t.population}，抽取 ${s.quota}→${t.quota}`, `stratum ${s.key}: N ${s.population}→${t.population}, quota ${s.quota}→${t.quota}`);
    strataNow.delete(s.key);
  }
  for (const t of strataNow.values()) add('stratum-changed', `多出分层 ${t.key}（${t.population} 份）`, `new stratum ${t.key} (${t.population})`);

  const drawnNow = new Map(again.selected.map((s) => [caseIdKey(s.id), s]));
  const drawnThen = new Map(m.selected.map((s) => [caseIdKey(s.id), s]));
  for (const [k, s] of drawnThen) {
    const t = drawnNow.get(k);
    if (!t) add('selection-missing', `清单中抽中的 ${s.id}（${s.stratum}）重新抽样时未被抽中`, `${s.id} (${s.stratum}) is in the manifest but not in the re-draw`);
    else if (t.ticket !== s.ticket || t.stratum !== s.stratum) add('ticket-changed', `${s.id}：签号/分层不同（${s.stratum} ${s.ticket} → ${t.stratum} ${t.ticket}）`, `${s.id}: ticket/stratum differ (${s.stratum} ${s.ticket} → ${t.stratum} ${t.ticket})`);
  }
  for (const [k, t] of drawnNow) if (!drawnThen.has(k)) add('selection-extra', `重新抽样抽中了清单中没有的 ${t.id}（${t.stratum}）`, `the re-draw selects ${t.id} (${t.stratum}), not in the manifest`);
  if (!diff.some((d) => d.kind.startsWith('selection') || d.kind === 'ticket-changed') && m.selected.some((s, i) => caseIdKey(s.id) !== caseIdKey(again.selected[i]!.id))) {
    add('order-changed', '抽中的案卷相同，但抽样顺序不同', 'same files drawn, in a different order');
  }
  const exThen = new Set(m.excluded.map((e) => caseIdKey(e.id)));
  const exNow = new Set(again.excluded.map((e) => caseIdKey(e.id)));
  if (exThen.size !== exNow.size || [...exThen].some((k) => !exNow.has(k))) add('excluded-changed', `排除的记录不同（${exThen.size} → ${exNow.size}）`, `excluded records differ (${exThen.size} → ${exNow.size})`);
  return { differences: diff, notes };
}
