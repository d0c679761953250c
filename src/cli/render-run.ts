/** Human summary of `caseaudit run`: counts, grades, failOn verdict and where the files are. */
import path from 'node:path';
import { type AuditResult, tr } from '../api/index.js';

/** A few lines for the terminal. */
export function renderAuditSummary(r: AuditResult): string {
  const s = r.summary;
  const lines = [
    tr(`导入案卷 ${r.cases} 件、检查方案 ${r.schemes} 份；抽取案卷 ${r.drawn} 件（种子 ${r.seed ?? '—'}）`, `imported ${r.cases} case files and ${r.schemes} schemes; drew ${r.drawn} files (seed ${r.seed ?? '—'})`),
    tr(
      `平均分 ${s.meanScore ?? '—'}；优秀 ${s.grades.excellent}、良好 ${s.grades.good}、合格 ${s.grades.pass}、不合格 ${s.grades.fail}（否决 ${s.vetoed}）、待定 ${s.grades.provisional}`,
      `mean score ${s.meanScore ?? '—'}; excellent ${s.grades.excellent}, good ${s.grades.good}, pass ${s.grades.pass}, fail ${s.grades.fail} (vetoed ${s.vetoed}), provisional ${s.grades.provisional}`,
    ),
  ];
  const d = r.documents;
  if (d) lines.push(tr(`案卷 PDF：${d.files} 份，抽中案卷 ${d.matched} 件据 PDF 评查、${d.missing.length} 件无 PDF 按台账评查；${d.notDrawn} 份未抽中`, `case-file PDFs: ${d.files}; ${d.matched} drawn files scored on their PDF, ${d.missing.length} without one on their register row; ${d.notDrawn} not drawn`));
  if (r.schemeOutcome) lines.push(tr(`检查方案：通过 ${r.schemeOutcome.approved}、驳回 ${r.schemeOutcome.rejected}`, `schemes: ${r.schemeOutcome.approved} approved, ${r.schemeOutcome.rejected} rejected`));
  lines.push(tr(`优秀案卷入围 ${r.ranked} 件`, `${r.ranked} excellent files ranked`));
  for (const c of r.failOn) lines.push(c.undecided ? tr(`未能判定：${c.message}`, `not decided: ${c.message}`) : tr(`未达标：${c.message}`, `threshold crossed: ${c.message}`));
  lines.push(tr(`输出目录：${r.outDir}`, `outputs in ${r.outDir}`));
  const top = new Map<string, number>();
  for (const f of r.files) {
    const rel = path.relative(r.outDir, f).split(path.sep);
    const key = rel.length > 1 ? `${rel[0]}/` : rel[0]!;
    top.set(key, (top.get(key) ?? 0) + 1);
  }
  for (const [k, n] of top) lines.push(k.endsWith('/') ? `  ${k} (${n})` : `  ${k}`);
  return lines.join('\n');
}
