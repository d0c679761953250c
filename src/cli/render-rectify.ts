/** Human summaries of `caseaudit rectify` and `rectify --collect`. */
import path from 'node:path';
import { type RectificationStatus, type RectifyResult, tr } from '../api/index.js';

export function renderRectify(r: RectifyResult): string {
  const lines = [
    tr(`整改通知书 ${r.units.length} 份（${r.units.reduce((n, u) => n + u.findings, 0)} 个问题），期限 ${r.deadline}（${r.deadlineDays} 个工作日）→ ${r.outDir}`, `${r.units.length} rectification notice(s) (${r.units.reduce((n, u) => n + u.findings, 0)} findings), deadline ${r.deadline} (${r.deadlineDays} working days) → ${r.outDir}`),
    ...r.units.map((u) => `  ${u.unit}: ${u.findings} ${tr('个问题', 'findings')} · ${u.notice} · ${u.feedback}`),
  ];
  if (!r.units.length) lines.push(tr('  没有发现问题的单位，未生成通知书', '  no unit has findings; no notice written'));
  const circ = r.escalation.filter((e) => e.action === 'circular').map((e) => e.unit);
  const summ = r.escalation.filter((e) => e.action === 'summons').map((e) => e.unit);
  if (circ.length) lines.push(tr(`通报（草稿）：${circ.join('、')} → circular-draft.docx`, `circular (draft): ${circ.join(', ')} → circular-draft.docx`));
  if (summ.length) lines.push(tr(`约谈：${summ.join('、')} → summons.md`, `summons: ${summ.join(', ')} → summons.md`));
  return lines.join('\n');
}

export function renderCollect(s: RectificationStatus, output?: string): string {
  const lines = [tr(`整改情况（截至 ${s.asOf}）`, `rectification status as of ${s.asOf}`)];
  for (const u of s.units) lines.push(`  ${u.unit}: ${u.findings} · ${tr('已整改', 'rectified')} ${u.rectified} · ${tr('整改中', 'in progress')} ${u.inProgress} · ${tr('未整改', 'open')} ${u.open} · ${tr('逾期', 'overdue')} ${u.overdue}`);
  if (s.problems.length) lines.push(tr(`  ${s.problems.length} 行未采用（见上方提示及 problems）`, `  ${s.problems.length} row(s) not used (see the warnings above and problems)`));
  if (output) lines.push(tr(`已写入 ${path.relative(process.cwd(), output) || output}`, `written to ${path.relative(process.cwd(), output) || output}`));
  return lines.join('\n');
}
