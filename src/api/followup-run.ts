/** The follow-up step of `caseaudit run` (config section `followup`): notices, feedback workbooks and 通报/约谈 into rectify/. */
import path from 'node:path';
import { readdirSync, existsSync } from 'node:fs';
import { tr, type Lang } from '../i18n.js';
import type { AuditConfig } from './config.js';
import { assertNoReturnedFeedback, runRectify, type RectifyResult } from './rectify.js';

/** Write rectify/ into the staging folder; refuse when the output folder holds different (returned) workbooks. */
export async function rectifyStage(cfg: AuditConfig, o: { stage: string; outDir: string; lang: Lang; date: Date; progress: (m: string) => void }): Promise<RectifyResult> {
  o.progress(tr('整改通知书与反馈表…', 'rectification notices and feedback workbooks…'));
  const f = cfg.followup ?? {};
  const staged = path.join(o.stage, 'rectify');
  const r = await runRectify({
    results: path.join(o.stage, 'results.json'),
    outDir: staged,
    deadlineDays: f.deadlineDays,
    issued: o.date.toISOString().slice(0, 10),
    issuer: cfg.report?.ranBy,
    period: cfg.period,
    lang: o.lang,
    countermeasures: f.countermeasures,
    escalation: f.escalation,
    previous: f.previous,
    checklists: cfg.checklist,
    date: o.date,
    force: true,
  });
  const fb = path.join(staged, 'feedback');
  if (existsSync(fb)) await assertNoReturnedFeedback(readdirSync(fb).map((n) => path.join(o.outDir, 'rectify', 'feedback', n)), path.join(o.outDir, 'rectify'));
  return r;
}

/** Before publishing: drop the notices and drafts of an earlier run from rectify/ (a 通报 no longer met must not linger); feedback/ is kept. */
export async function removeStaleRectify(outDir: string): Promise<void> {
  const dir = path.join(outDir, 'rectify');
  if (!existsSync(dir)) return;
  const { rm } = await import('node:fs/promises');
  for (const name of readdirSync(dir)) if (name !== 'feedback') await rm(path.join(dir, name), { recursive: true, force: true });
}
