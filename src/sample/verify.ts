/** Verify a manifest: re-draw from the given inputs with the manifest's parameters and list every difference. */
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import type { Manifest, ManifestInput } from '../model/manifest.js';
import { resolveMapping } from '../ingest/excel/mapping.js';
import { recordsFingerprint } from './records-fingerprint.js';
import { tr } from '../i18n.js';
import { loadManifest } from './manifest.js';
import { hashInputs, sampleDataset } from './run.js';
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
export async function runVerify(manifestFile: string, inputs: string[], opts: Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'ocrCache' | 'ocrEngine' | 'map' | 'skipBad' | 'duplicates'> = {}): Promise<VerifyResult> {
  const m = await loadManifest(manifestFile);
  // read the inputs as the draw did (its recorded mapping and modes) unless a flag says otherwise
  const { map } = await resolveMapping({ map: opts.map ?? m.input?.map, kind: m.kind });
  const input: ManifestInput = { ...(map ? { map: map as Record<string, string> } : {}), ...((opts.duplicates ?? m.input?.duplicates) === 'reject' ? { duplicates: 'reject' as const } : {}), ...((opts.skipBad ?? m.input?.skipBad) ? { skipBad: true } : {}) };
  const { dataset } = await ingestWithOcr(inputs, { ...opts, map, duplicates: input.duplicates, skipBad: input.skipBad, kind: m.kind });
  const hashes = await hashInputs(inputs);
  const again = sampleDataset(dataset, { seed: m.seed, rate: m.rate ?? undefined, min: m.min ?? undefined, strata: m.stratifyBy, period: m.filters.period ?? undefined, ...(m.kind === 'cases' && m.filters.period ? { periodDate: casePeriodDateOf(m.filters.dateField) } : {}), kind: m.kind }, hashes, input, m.records ? (kind) => recordsFingerprint(dataset[kind]) : undefined).manifest;
  const { differences, notes } = compareManifests(m, again);
  return { identical: differences.length === 0, manifest: manifestFile, differences, notes };
}

/** Every difference between a recorded draw and a re-draw. */
export function compareManifests(m: Manifest, again: Manifest): { differences: Difference[]; notes: string[] } {
  const diff: Difference[] = [];
  const notes: string[] = [];
  const add = (kind: DifferenceKind, zh: string, en: string) => diff.push({ kind, message: tr(zh, en) });
  if (m.toolVersion !== again.toolVersion) notes.push(tr(`清单由 ${m.toolVersion} 版生成，当前为 ${again.toolVersion} 版`, `manifest written by version ${m.toolVersion}, this is ${again.toolVersion}`));

  // input files: a changed hash is a difference, unless the records read from them are the same (another container)
  const inputDiffs: Difference[] = [];
  const addInput = (kind: DifferenceKind, zh: string, en: string) => inputDiffs.push({ kind, message: tr(zh, en) });
  const now = new Map(again.inputs.map((i) => [i.path, i.sha256]));
  const nowHashes = new Set(again.inputs.map((i) => i.sha256));
  const thenPaths = new Set(m.inputs.map((i) => i.path));
  const thenHashes = new Set(m.inputs.map((i) => i.sha256));
  for (const i of m.inputs) {
    const h = now.get(i.path);
    if (h !== undefined && h !== i.sha256) addInput('input-changed', `输入文件内容已改变：${i.path}（SHA-256 ${i.sha256.slice(0, 12)}… → ${h.slice(0, 12)}…）`, `input changed: ${i.path} (SHA-256 ${i.sha256.slice(0, 12)}… → ${h.slice(0, 12)}…)`);
    else if (h === undefined && nowHashes.has(i.sha256)) notes.push(tr(`输入文件位置改变但内容相同：${i.path}`, `input moved, same content: ${i.path}`));
    else if (h === undefined) addInput('input-removed', `缺少输入文件：${i.path}`, `input missing: ${i.path}`);
  }
  for (const i of again.inputs) {
    if (!thenPaths.has(i.path) && !thenHashes.has(i.sha256)) addInput('input-added', `多出输入文件：${i.path}`, `input added: ${i.path}`);
  }
  const r0 = m.records;
  const r1 = again.records;
  if (inputDiffs.length && r0 && r1 && r0.ids === r1.ids && r0.content === r1.content) {
    notes.push(tr(`同样的案件，不同的文件：${r1.count} 条记录的编号与各字段完全相同（${inputDiffs.map((d) => d.message).join('；')}）`, `same cases, different file: the ${r1.count} records have the same ids and fields (${inputDiffs.map((d) => d.message).join('; ')})`));
  } else {
    diff.push(...inputDiffs);
    if (inputDiffs.length && r0 && r1 && r0.ids === r1.ids) notes.push(tr(`编号相同（${r1.count} 条），但记录的字段有变化`, `the same ${r1.count} ids, but fields of the records changed`));
  }
  const map0 = JSON.stringify(m.input?.map ?? null);
  const map1 = JSON.stringify(again.input?.map ?? null);
  if (map0 !== map1) notes.push(tr('本次读取所用的表头映射与抽样时记录的不同', 'the header mapping used now differs from the one the manifest recorded'));

  const f0 = m.filters;
  const f1 = again.filters;
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
