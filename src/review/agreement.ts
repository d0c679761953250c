/** Agreement statistics of a cross-review: per checklist item, overall and per reviewer (docs/review.md §4). */
import type { AgreementStats } from '../score/types.js';
import { cohenKappa, fleissKappa } from './kappa.js';

/** One reviewer's judgement of one item of one file, as a category ("pass", "na", "defect:2"). */
export interface Rating {
  reviewer: string;
  category: string;
  /** points this reviewer deducts on the item (0 for pass / n/a) */
  deduction: number;
}

/** One file × item judged by two or more reviewers. */
export interface Subject {
  itemId: string;
  ratings: Rating[];
}

const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
const r2 = (x: number) => Math.round(x * 100) / 100;
const allAgree = (s: Subject) => s.ratings.every((r) => r.category === s.ratings[0]!.category);

/** Kappa for a set of subjects: Cohen's when the same two reviewers rated all of them, else Fleiss' on the most common rater count. */
export function kappaOf(subjects: Subject[]): { method: 'cohen' | 'fleiss' | 'none'; kappa: number | null } {
  if (!subjects.length) return { method: 'none', kappa: null };
  const pairKey = (s: Subject) => s.ratings.map((r) => r.reviewer).sort().join('\u0000');
  const first = pairKey(subjects[0]!);
  if (subjects.every((s) => s.ratings.length === 2 && pairKey(s) === first)) {
    const [a] = first.split('\u0000');
    const pairs = subjects.map((s) => {
      const x = s.ratings.find((r) => r.reviewer === a)!;
      const y = s.ratings.find((r) => r !== x)!;
      return [x.category, y.category] as const;
    });
    return { method: 'cohen', kappa: r4(cohenKappa(pairs)) };
  }
  const counts = new Map<number, number>();
  for (const s of subjects) counts.set(s.ratings.length, (counts.get(s.ratings.length) ?? 0) + 1);
  const n = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const used = subjects.filter((s) => s.ratings.length === n);
  const categories = [...new Set(used.flatMap((s) => s.ratings.map((r) => r.category)))].sort();
  const table = used.map((s) => categories.map((c) => s.ratings.filter((r) => r.category === c).length));
  return { method: 'fleiss', kappa: r4(fleissKappa(table)) };
}

/** Overall, per item and per reviewer agreement; a reviewer's difference > 0 means harsher than the panel. */
export function agreementStats(subjects: Subject[]): AgreementStats {
  const share = (list: Subject[]) => (list.length ? r4(list.filter(allAgree).length / list.length) : null);
  const overall = kappaOf(subjects);
  const items = [...new Set(subjects.map((s) => s.itemId))].sort();
  const byItem = items.map((itemId) => {
    const list = subjects.filter((s) => s.itemId === itemId);
    const k = kappaOf(list);
    return { itemId, subjects: list.length, agreement: share(list), kappa: k.kappa, method: k.method };
  });
  const reviewers = [...new Set(subjects.flatMap((s) => s.ratings.map((r) => r.reviewer)))].sort();
  const byReviewer = reviewers.map((reviewer) => {
    let n = 0;
    let agree = 0;
    let own = 0;
    let panel = 0;
    for (const s of subjects) {
      const mine = s.ratings.find((r) => r.reviewer === reviewer);
      if (!mine) continue;
      const others = s.ratings.filter((r) => r !== mine);
      n++;
      if (others.every((o) => o.category === mine.category)) agree++;
      own += mine.deduction;
      panel += others.reduce((t, o) => t + o.deduction, 0) / others.length;
    }
    const meanDeduction = n ? own / n : 0;
    const panelMeanDeduction = n ? panel / n : 0;
    return { reviewer, subjects: n, agreement: n ? r4(agree / n) : null, meanDeduction: r2(meanDeduction), panelMeanDeduction: r2(panelMeanDeduction), difference: r2(meanDeduction - panelMeanDeduction) };
  });
  return { method: overall.method, subjects: subjects.length, agreement: share(subjects), kappa: overall.kappa, byItem, byReviewer };
}
