/** runAssign / runVerifyAssignment: manifest + inputs + reviewers list → assignment.json (+ .xlsx), and its check. */
import type { Dataset } from '../model/types.js';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { loadManifest, selectFromManifest } from '../sample/manifest.js';
import { hashInputs, manifestPath } from '../sample/run.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import { assertWritable, sha256File, writeFilesAtomic, writeToStdout } from '../util/fs.js';
import { toolVersion } from '../util/paths.js';
import { ASSIGN_ALGORITHM, assignReviewers, type AssignParams } from './assign.js';
import { assignmentHash, loadAssignment, recordedPath, type Assignment } from './assignment.js';
import path from 'node:path';
import { readReviewers } from './reviewers.js';
import { renderAssignmentXlsx } from './assignment-xlsx.js';

export interface AssignOptions extends Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'ocrCache' | 'ocrEngine'> {
  reviewers: string;
  seed?: string;
  perFile?: number;
  avoid?: AssignParams['avoid'];
  /** the inputs already read (caseaudit run reads them once and hands the dataset to every stage); `inputs` are then only hashed */
  dataset?: Dataset;
  /** write assignment.json here */
  output?: string;
  /** the printable list; default next to the JSON; false: none */
  xlsx?: string | false;
  force?: boolean;
}

export interface AssignResult {
  assignment: Assignment;
  warnings: string[];
  files: string[];
}

/** The input files a manifest was drawn from, as it records them (when the user names none). */
function manifestInputs(m: { inputs: { path: string }[] }, file: string): string[] {
  const missing = m.inputs.filter((i) => !existsSync(i.path)).map((i) => i.path);
  if (missing.length) throw new InputError(tr(`抽样清单 ${file} 记录的输入文件不存在：${missing.slice(0, 3).join('、')}`, `inputs recorded in ${file} are missing: ${missing.slice(0, 3).join(', ')}`), { hint: tr('请在命令中给出输入文件：caseaudit assign manifest.json 输入… --reviewers …', 'name the inputs: caseaudit assign manifest.json INPUTS… --reviewers …') });
  return m.inputs.map((i) => i.path);
}

/** Build an assignment in memory (nothing written). */
export async function buildAssignment(manifestFile: string, inputsIn: string[], opts: AssignOptions): Promise<{ assignment: Assignment; warnings: string[] }> {
  const m = await loadManifest(manifestFile);
  if (m.kind !== 'cases') throw new InputError(tr('评查分配需要案卷的抽样清单', 'reviewer assignment needs a case-file manifest'), { location: { file: manifestFile } });
  const inputs = inputsIn.length ? inputsIn : manifestInputs(m, manifestFile);
  const reviewers = await readReviewers(opts.reviewers);
  const dataset = opts.dataset ?? (await ingestWithOcr(inputs, { kind: 'cases', jobs: opts.jobs, ocr: opts.ocr, ocrCache: opts.ocrCache, ocrEngine: opts.ocrEngine, onProgress: opts.onProgress })).dataset;
  const drawn = selectFromManifest(dataset, m, 'cases');
  const warnings: string[] = [];
  const noUnit = drawn.filter((c) => !c.unit);
  if (noUnit.length) warnings.push(tr(`${noUnit.length} 个案卷未注明执法单位，无法回避：${noUnit.slice(0, 3).map((c) => c.id).join('、')}`, `${noUnit.length} files state no unit, so no conflict can be avoided: ${noUnit.slice(0, 3).map((c) => c.id).join(', ')}`));
  let seed = opts.seed;
  const seedSource = seed ? 'given' : 'generated';
  if (!seed) {
    seed = (randomBytes(8).readBigUInt64BE(0) % 10n ** 15n).toString().padStart(15, '0');
    warnings.push(tr(`未给出 --seed：已生成种子 ${seed} 并记入分配表；正式分配应事先确定种子`, `no --seed given: generated seed ${seed} and recorded it; official assignments should fix the seed in advance`));
  }
  const params: AssignParams = { seed, perFile: opts.perFile ?? 1, avoid: opts.avoid ?? 'unit' };
  const out = assignReviewers(drawn.map((c) => ({ id: c.id, unit: c.unit, city: c.city })), reviewers, params);
  const loads = new Map(out.loads.map((l) => [l.name, l.load]));
  const rest: Omit<Assignment, 'assignmentHash'> = {
    schemaVersion: 1,
    toolVersion: toolVersion(),
    algorithm: ASSIGN_ALGORITHM,
    seed,
    seedSource,
    perFile: params.perFile,
    avoid: params.avoid,
    method: out.method,
    manifest: { path: manifestPath(manifestFile), sha256: await sha256File(manifestFile), algorithm: m.algorithm, seed: m.seed },
    reviewersList: { path: manifestPath(opts.reviewers), sha256: await sha256File(opts.reviewers) },
    inputs: await hashInputs(inputs),
    reviewers: [...reviewers].sort((a, b) => (out.loads.findIndex((l) => l.name === a.name) - out.loads.findIndex((l) => l.name === b.name))).map((r) => ({ ...r, load: loads.get(r.name) ?? 0 })),
    files: out.files,
  };
  return { assignment: { ...rest, assignmentHash: assignmentHash(rest) }, warnings };
}

/** `caseaudit assign`: build and write assignment.json and its printable .xlsx together (all or nothing). */
export async function runAssign(manifestFile: string, inputs: string[], opts: AssignOptions): Promise<AssignResult> {
  const xlsx = opts.xlsx === false ? undefined : (opts.xlsx ?? (opts.output && opts.output !== '-' ? opts.output.replace(/\.json$/i, '') + '.xlsx' : undefined));
  if (opts.output && opts.output !== '-') assertWritable(opts.output, opts.force, tr('评查分配表', 'assignment'));
  if (xlsx) assertWritable(xlsx, opts.force, tr('评查分配表', 'assignment list'));
  const { assignment, warnings } = await buildAssignment(manifestFile, inputs, opts);
  const json = `${JSON.stringify(assignment, null, 2)}\n`;
  const files: { path: string; data: string | Uint8Array }[] = [];
  if (opts.output && opts.output !== '-') files.push({ path: opts.output, data: json });
  if (xlsx) files.push({ path: xlsx, data: await renderAssignmentXlsx(assignment) });
  await writeFilesAtomic(files);
  if (opts.output === '-') writeToStdout(json);
  return { assignment, warnings, files: files.map((f) => f.path) };
}

export interface AssignmentDifference {
  kind: 'manifest-changed' | 'reviewers-changed' | 'input-changed' | 'file-changed' | 'file-missing' | 'file-extra';
  message: string;
}

/** `caseaudit verify assignment.json [inputs…]`: the file's own consistency (exit 2), then a re-run compared file by file. */
export async function runVerifyAssignment(file: string, inputs: string[], opts: Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'ocrCache'> = {}): Promise<{ identical: boolean; assignment: string; differences: AssignmentDifference[] }> {
  const a = await loadAssignment(file);
  const diff: AssignmentDifference[] = [];
  const add = (kind: AssignmentDifference['kind'], zh: string, en: string) => diff.push({ kind, message: tr(zh, en) });
  const at = (p: string) => recordedPath(p, file);
  for (const [what, rec] of [['manifest', a.manifest], ['reviewers', a.reviewersList]] as const) {
    if (!existsSync(at(rec.path))) throw new InputError(tr(`分配表记录的文件不存在：${rec.path}`, `a file the assignment records is missing: ${rec.path}`), { location: { file } });
    const now = await sha256File(at(rec.path));
    if (now !== rec.sha256) add(what === 'manifest' ? 'manifest-changed' : 'reviewers-changed', `${what === 'manifest' ? '抽样清单' : '评查人名单'}内容已改变：${rec.path}`, `${what === 'manifest' ? 'the manifest' : 'the reviewers list'} changed: ${rec.path}`);
  }
  const again = (await buildAssignment(at(a.manifest.path), inputs.length ? inputs : a.inputs.map((i) => at(i.path)), { reviewers: at(a.reviewersList.path), seed: a.seed, perFile: a.perFile, avoid: a.avoid, ...opts })).assignment;
  const nowInputs = new Map(again.inputs.map((i) => [path.basename(i.path), i.sha256]));
  for (const i of a.inputs) if (nowInputs.has(path.basename(i.path)) && nowInputs.get(path.basename(i.path)) !== i.sha256) add('input-changed', `输入文件内容已改变：${i.path}`, `input changed: ${i.path}`);
  const now = new Map(again.files.map((f) => [caseIdKey(f.id), f]));
  for (const f of a.files) {
    const g = now.get(caseIdKey(f.id));
    if (!g) add('file-missing', `${f.id} 在重新分配中不存在`, `${f.id} is not in the re-run`);
    else if (g.reviewers.join('\u0000') !== f.reviewers.join('\u0000')) add('file-changed', `${f.id}：评查人 ${f.reviewers.join('、')} → ${g.reviewers.join('、')}`, `${f.id}: reviewers ${f.reviewers.join(', ')} → ${g.reviewers.join(', ')}`);
    now.delete(caseIdKey(f.id));
  }
  for (const g of now.values()) add('file-extra', `重新分配多出 ${g.id}`, `the re-run adds ${g.id}`);
  return { identical: diff.length === 0, assignment: file, differences: diff };
}
