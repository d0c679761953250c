/** The assignment file (assignment.json): what a third party needs to re-run and check a reviewer assignment. */
import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { assertSchema } from '../model/validate.js';
import { netstring } from '../sample/tickets.js';
import { ASSIGN_ALGORITHM, conflict, loadBounds, nameKey, type AssignParams, type Assigned, type Reviewer } from './assign.js';
import { readJsonFile } from '../util/json-input.js';

export interface Assignment {
  schemaVersion: 1;
  toolVersion: string;
  algorithm: string;
  seed: string;
  seedSource: 'given' | 'generated';
  perFile: number;
  avoid: AssignParams['avoid'];
  /** greedy pass, or the max-flow fallback */
  method: 'greedy' | 'flow';
  manifest: { path: string; sha256: string; algorithm: string; seed: string };
  reviewersList: { path: string; sha256: string };
  inputs: { path: string; sha256: string }[];
  reviewers: (Reviewer & { load: number })[];
  /** in assignment order (file ticket) */
  files: Assigned[];
  /** SHA-256 over algorithm, seed, perFile, avoid, the reviewers list's and manifest's hashes and every file's reviewers */
  assignmentHash: string;
}

/** The assignment hash: any change to the reviewers list, the draw or a single pick changes it. */
export function assignmentHash(a: Omit<Assignment, 'assignmentHash'>): string {
  const parts = [a.algorithm, a.seed, String(a.perFile), a.avoid, a.reviewersList.sha256, a.manifest.sha256];
  for (const f of a.files) parts.push(f.id, f.reviewers.join('\u0000'));
  return hash('sha256', parts.map(netstring).join(''), 'hex');
}

/** Read an assignment file: JSON, the published schema, a known algorithm and consistent content, or exit 2. */
export async function loadAssignment(file: string): Promise<Assignment> {
  const data = await readJsonFile(file, { what: { zh: '评查分配表', en: 'the assignment' } });
  const a = assertSchema<Assignment>('assignment', data, file, tr('评查分配表', 'assignment'));
  checkAssignment(a, file);
  return a;
}

/** A path the assignment records: as written (relative to the working directory), else next to the assignment file. */
export function recordedPath(p: string, assignmentFile: string): string {
  if (existsSync(p) || path.isAbsolute(p)) return p;
  const near = path.join(path.dirname(assignmentFile), p);
  return existsSync(near) ? near : p;
}

/** Is this parsed JSON an assignment (rather than a sample manifest)? */
export function isAssignment(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { algorithm?: unknown }).algorithm === ASSIGN_ALGORITHM;
}

/** Internal consistency: the hash, no conflicts, perFile reviewers per file, loads as recorded and within bounds. */
export function checkAssignment(a: Assignment, file: string): void {
  const bad = (path: string, zh: string, en: string): never => {
    throw new InputError(tr(`评查分配表 ${file} 不一致（是否被手工修改？）：${path} ${zh}`, `assignment ${file} is inconsistent (edited by hand?): ${path} ${en}`), {
      location: { file, path },
      hint: tr('请使用 caseaudit assign 生成的原始文件', 'use the file exactly as caseaudit assign wrote it'),
    });
  };
  if (a.algorithm !== ASSIGN_ALGORITHM) bad('$.algorithm', `应为 ${ASSIGN_ALGORITHM}`, `must be ${ASSIGN_ALGORITHM}`);
  const { assignmentHash: recorded, ...rest } = a;
  if (assignmentHash(rest) !== recorded) bad('$.assignmentHash', '与内容不符', 'does not match the content');
  const byName = new Map(a.reviewers.map((r) => [nameKey(r.name), r]));
  const loads = new Map<string, number>();
  a.files.forEach((f, i) => {
    if (f.reviewers.length !== a.perFile) bad(`$.files[${i}].reviewers`, `应有 ${a.perFile} 名评查人`, `must list ${a.perFile} reviewers`);
    if (new Set(f.reviewers.map(nameKey)).size !== f.reviewers.length) bad(`$.files[${i}].reviewers`, '评查人重复', 'lists a reviewer twice');
    for (const name of f.reviewers) {
      const r = byName.get(nameKey(name));
      if (!r) bad(`$.files[${i}].reviewers`, `${name} 不在评查人名单中`, `${name} is not a listed reviewer`);
      const c = conflict(r!, { id: f.id, unit: f.unit ?? undefined, city: f.city ?? undefined }, a.avoid);
      if (c) bad(`$.files[${i}]`, `${name} 与案卷同${c === 'unit' ? '单位' : '市'}，应回避`, `${name} shares the file's ${c}`);
      loads.set(nameKey(name), (loads.get(nameKey(name)) ?? 0) + 1);
    }
  });
  const bounds = loadBounds(a.reviewers, a.files.length * a.perFile);
  a.reviewers.forEach((r, i) => {
    const n = loads.get(nameKey(r.name)) ?? 0;
    if (n !== r.load) bad(`$.reviewers[${i}].load`, `应为 ${n}`, `must be ${n}`);
    if (bounds && (n < bounds.lo[i]! || n > bounds.hi[i]!)) bad(`$.reviewers[${i}].load`, `${n} 超出均衡范围 ${bounds.lo[i]}–${bounds.hi[i]}`, `${n} is outside the balanced range ${bounds.lo[i]}–${bounds.hi[i]}`);
  });
}
