/** --fail-on thresholds: grade:<grade> (that grade or worse), veto, score<N. Exit 1 when any file crosses. */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import { POINT_GRADES, type FileResult, type PointGrade } from './types.js';

/** A predicate on file results from a --fail-on expression. */
export function parseFailOn(expr: string): (f: FileResult) => boolean {
  const e = expr.trim();
  if (e === 'veto') return (f) => f.vetoed;
  const g = /^grade:(excellent|good|pass|fail)$/.exec(e);
  if (g) {
    const limit = POINT_GRADES.indexOf(g[1] as PointGrade);
    // a provisional file is judged by its best possible grade: open items can only lower it
    return (f) => POINT_GRADES.indexOf(f.grade === 'provisional' ? (f.bestGrade ?? 'excellent') : f.grade) >= limit;
  }
  const s = /^score<(\d+(?:\.\d+)?)$/.exec(e);
  if (s) return (f) => f.score < Number(s[1]);
  throw new UsageError(tr(`无效的 --fail-on：${expr}（可用 grade:fail、veto、score<60）`, `invalid --fail-on: ${expr} (use grade:fail, veto or score<60)`));
}
