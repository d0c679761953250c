/**
 * The cross-review step of `caseaudit run`: assign reviewers to the drawn files (assignment.json/.xlsx) and write one
 * blank sheet per reviewer into sheets/. A sheet in the output folder that already holds entries is never
 * overwritten: it is kept when the config merges it (review.sheets), else the run stops (exit 2) unless forced.
 */
import { displayName } from '../util/display-path.js';
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { tr } from '../i18n.js';
import { buildAssignment } from '../review/run.js';
import { assignmentHash } from '../review/assignment.js';
import { renderAssignmentXlsx } from '../review/assignment-xlsx.js';
import { writeFilesAtomic } from '../util/fs.js';
import { assertNoFilledSheets, runReviewerSheets, sheetFileName } from '../score/run.js';
import { filledRows } from '../score/read-reviews.js';
import type { AuditConfig } from './config.js';
import type { Dataset } from '../model/types.js';
import type { DocumentsRead } from '../ocr/read-documents.js';

export interface CrossReviewStep {
  dataset: string[];
  /** the dataset already read (the same as the file `dataset` names) */
  data: Dataset;
  /** the staged case manifest */
  manifest: string;
  stage: string;
  outDir: string;
  drawSeed: string;
  force?: boolean;
  progress: (m: string) => void;
  /** config documents: the drawn cases read from their case-file PDFs (the sheets show what the PDFs say) */
  documentsRead?: DocumentsRead;
}

/** Is `file` one of the merged sheets, or inside a merged folder? */
function merged(file: string, sheets: string[]): boolean {
  const f = path.resolve(file);
  return sheets.some((s) => {
    const rel = path.relative(path.resolve(s), f);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

/** Assign and write the sheets into the staging folder; returns warnings (kept sheets). */
export async function crossReview(cfg: AuditConfig, step: CrossReviewStep): Promise<{ warnings: string[] }> {
  const r = cfg.review!;
  step.progress(tr('3/6 交叉评查：抽签分配评查人…', '3/6 cross-review: assigning reviewers by lot…'));
  const { assignment, warnings } = await buildAssignment(step.manifest, step.dataset, { dataset: step.data, reviewers: r.reviewers, seed: r.seed ?? step.drawSeed, perFile: r.perFile ?? 1, avoid: r.avoid ?? 'unit' });
  // the assignment records where the manifest will be, not the staging folder (paths are not hashed)
  // recorded relative to the output folder, where verify finds them next to assignment.json
  const rest = { ...assignment, manifest: { ...assignment.manifest, path: 'manifest-cases.json' }, inputs: assignment.inputs.map((i) => ({ ...i, path: path.basename(i.path) })) };
  const final = { ...rest, assignmentHash: assignmentHash(rest) };
  const at = (n: string) => path.join(step.stage, n);
  await writeFilesAtomic([
    { path: at('assignment.json'), data: `${JSON.stringify(final, null, 2)}\n` },
    { path: at('assignment.xlsx'), data: await renderAssignmentXlsx(final) },
  ]);
  // sheets already in the output folder: keep the merged ones, refuse to overwrite other filled ones
  const targets = final.reviewers.map((x) => path.join(step.outDir, 'sheets', sheetFileName(x.name)));
  const kept: string[] = [];
  for (const t of targets) if (merged(t, r.sheets ?? []) && (await filledRows(t))) kept.push(t);
  await assertNoFilledSheets(targets.filter((t) => !kept.includes(t)), step.force);
  await runReviewerSheets(step.dataset, { dataset: step.data, assignment: at('assignment.json'), outDir: at('sheets'), checklists: cfg.checklist, plan: cfg.plan?.file, force: true, ...(step.documentsRead ? { documentsRead: step.documentsRead } : {}) });
  for (const k of kept) await fsp.rm(path.join(at('sheets'), path.basename(k)), { force: true });
  return { warnings: [...warnings, ...kept.map((k) => tr(`保留已填写的评查表 ${displayName(k)}（已合并）`, `kept the filled sheet ${displayName(k)} (merged)`))] };
}
