/** Human rendering of a score result: one line per file, then the grade counts. */
import { textTable } from './text-table.js';
import { GRADE_LABELS, local, type ScoreResult, tr } from '../api/index.js';

export function renderScore(r: ScoreResult, color: boolean): string {
  const head = [tr('案件编号', 'case'), tr('单位', 'unit'), tr('得分', 'score'), tr('等次', 'grade'), tr('问题', 'findings'), tr('未核查', 'not checked'), tr('待人工', 'to review')];
  const rows = r.files.map((f) => {
    const best = f.grade === 'provisional' && f.bestGrade ? tr(`（至多${local(GRADE_LABELS[f.bestGrade])}）`, ` (at best ${local(GRADE_LABELS[f.bestGrade])})`) : '';
    return [f.id, f.unit ?? '', f.score, `${local(GRADE_LABELS[f.grade])}${best}${f.vetoed ? tr('（否决）', ' (veto)') : ''}`, f.findings.length, f.notChecked.length, f.manualPending.length];
  });
  const table = { toString: () => textTable(head, rows, { color }) };
  const s = r.summary;
  const grades = (Object.keys(s.byGrade) as (keyof typeof s.byGrade)[]).map((g) => `${local(GRADE_LABELS[g])} ${s.byGrade[g]}`).join(tr('，', ', '));
  const line = tr(
    `共 ${s.files} 个案卷，平均 ${s.meanScore ?? '-'} 分；${grades}；否决 ${s.vetoed}；有未核查项 ${s.withNotChecked}；人工改判 ${s.overrides}；评查意见不一致 ${s.disagreements}（待裁定 ${s.unresolved}）`,
    `${s.files} files, mean ${s.meanScore ?? '-'}; ${grades}; vetoed ${s.vetoed}; with not-checked items ${s.withNotChecked}; overrides ${s.overrides}; disagreements ${s.disagreements} (open ${s.unresolved})`,
  );
  return `${table.toString()}\n${line}`;
}
