/**
 * Merge reviewer entries into evaluated files (交叉评查). Per file × item: reviewers who agree settle it; reviewers
 * who disagree are listed for adjudication and the item stays open (the file is 待定) until the chair's sheet
 * rules; nothing is settled by sheet order. A blank row on a reviewer's sheet keeps the automatic result, which
 * counts as that reviewer's judgement. Every change to the automatic result is recorded as an override.
 */
import { InputError } from '../errors.js';
import { tr, local } from '../i18n.js';
import { caseIdKey } from '../model/keys.js';
import { agreementStats, type Subject } from '../review/agreement.js';
import type { FileState, ItemState } from './evaluate.js';
import type { AgreementStats, Disagreement, Finding, Override } from './types.js';

/** One reviewer decision on one item of one file, read from a worksheet row. */
export interface ReviewEntry {
  caseId: string;
  itemId: string;
  verdict: 'pass' | 'defect' | 'na';
  /** points to deduct for a defect; absent → the item's deduction per defect */
  deduction?: number;
  reason?: string;
  reviewer: string;
  file: string;
  row: number;
  /** a blank row: the reviewer kept the automatic result (resolved against it at merge time) */
  implicit?: true;
  /** from the chair's adjudication sheet: rules over the reviewers */
  chair?: true;
}

export interface MergeResult {
  disagreements: Disagreement[];
  agreement?: AgreementStats;
}

interface Effective {
  e: ReviewEntry;
  verdict: 'pass' | 'defect' | 'na';
  deduction: number;
}

/** The automatic result as a verdict (null when there is none: not checked, or a manual item). */
function automatic(s: ItemState): Omit<Effective, 'e'> | null {
  if (s.status === 'findings') return { verdict: 'defect', deduction: Math.min(s.item.points, s.findings.reduce((n, f) => n + f.deduction, 0)) };
  if (s.status === 'ok') return { verdict: 'pass', deduction: 0 };
  if (s.status === 'na') return { verdict: 'na', deduction: 0 };
  return null;
}

function effective(e: ReviewEntry, s: ItemState): Effective | null {
  if (e.implicit) {
    const a = automatic(s);
    return a ? { e, ...a } : null;
  }
  return { e, verdict: e.verdict, deduction: e.verdict === 'defect' ? Math.min(e.deduction ?? s.item.deduction, s.item.points) : 0 };
}

const category = (x: Effective) => (x.verdict === 'defect' ? `defect:${x.deduction}` : x.verdict);
const where = (e: ReviewEntry) => ({ file: e.file, row: e.row });

/** One judgement per reviewer: an explicit row beats a blank one; two different explicit rows are an error. */
function perReviewer(list: Effective[]): Effective[] {
  const by = new Map<string, Effective>();
  for (const x of list) {
    const prev = by.get(x.e.reviewer);
    if (!prev || (prev.e.implicit && !x.e.implicit)) by.set(x.e.reviewer, x);
    else if (!x.e.implicit && category(prev) !== category(x)) {
      throw new InputError(
        tr(`评查人 ${x.e.reviewer} 对案件 ${x.e.caseId} 项目 ${x.e.itemId} 有两个不同结论：${prev.e.file} 第 ${prev.e.row} 行与 ${x.e.file} 第 ${x.e.row} 行`, `reviewer ${x.e.reviewer} gives two different verdicts on case ${x.e.caseId} item ${x.e.itemId}: ${prev.e.file} row ${prev.e.row} and ${x.e.file} row ${x.e.row}`),
        { location: where(x.e) },
      );
    }
  }
  return [...by.values()].sort((a, b) => (a.e.reviewer < b.e.reviewer ? -1 : a.e.reviewer > b.e.reviewer ? 1 : 0));
}

/** Apply one settled judgement to an item, recording an override when it changes the automatic result. */
function settle(state: FileState, s: ItemState, chosen: Effective, reviewer: string, resolution: NonNullable<Override['resolution']>, reason?: string): void {
  const beforeDeduction = Math.min(s.item.points, s.findings.reduce((n, f) => n + f.deduction, 0));
  const before = { deduction: beforeDeduction, findings: s.findings.length, status: s.status === 'na' ? ('ok' as const) : s.status };
  const ruleId = s.item.rule ?? s.item.id;
  if (chosen.verdict === 'defect') {
    const f: Finding = {
      ruleId,
      itemId: s.item.id,
      category: s.item.category,
      deduction: chosen.deduction,
      veto: s.item.veto,
      message: reason || (s.findings.length === 1 ? s.findings[0]!.message : local(s.item.title)),
      basis: s.item.basis ?? s.findings[0]?.basis ?? '',
      evidence: { reviewer, sheet: chosen.e.file, row: chosen.e.row, automatic: s.findings.map((x) => x.message) },
      origin: 'review',
    };
    const unchanged = s.status === 'findings' && beforeDeduction === chosen.deduction;
    if (unchanged) return; // the automatic finding stands, confirmed
    s.findings = [f];
    s.status = 'findings';
  } else {
    const unchanged = s.findings.length === 0 && (s.status === 'ok' || s.status === 'na');
    s.findings = [];
    s.status = chosen.verdict === 'na' ? 'na' : 'ok';
    if (unchanged) return;
  }
  state.overrides.push({
    itemId: s.item.id,
    ruleId,
    reviewer,
    verdict: chosen.verdict,
    before,
    after: { deduction: s.findings.reduce((n, f) => n + f.deduction, 0) },
    ...(reason ? { reason } : {}),
    sheet: where(chosen.e),
    resolution,
    ...(s.item.veto ? { veto: true } : {}),
  });
}

/**
 * Apply entries to the evaluated files. Unknown case or item ids stop the merge with an error naming the sheet row.
 * Returns the disagreements (open ones mark the file 待定) and, when two or more reviewers judged an item, agreement statistics.
 */
export function applyReviews(states: FileState[], entries: ReviewEntry[]): MergeResult {
  const byCase = new Map(states.map((s) => [caseIdKey(s.caseFile.id), s]));
  const groups = new Map<string, ReviewEntry[]>();
  for (const e of entries) {
    const state = byCase.get(caseIdKey(e.caseId));
    if (!state) throw new InputError(tr(`评查表 ${e.file} 第 ${e.row} 行：案件 "${e.caseId}" 不在本次评分的案卷中`, `review sheet ${e.file} row ${e.row}: case "${e.caseId}" is not among the files scored`), { location: where(e) });
    if (!state.items.some((s) => s.item.id === e.itemId)) throw new InputError(tr(`评查表 ${e.file} 第 ${e.row} 行：评查项目 "${e.itemId}" 不在评查标准 ${state.checklist.id} 中`, `review sheet ${e.file} row ${e.row}: item "${e.itemId}" is not in checklist ${state.checklist.id}`), { location: where(e) });
    const key = `${caseIdKey(e.caseId)}\u0000${e.itemId}`;
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  const disagreements: Disagreement[] = [];
  const subjects: Subject[] = [];
  for (const group of groups.values()) {
    const state = byCase.get(caseIdKey(group[0]!.caseId))!;
    const s = state.items.find((x) => x.item.id === group[0]!.itemId)!;
    const eff = (list: ReviewEntry[]) => list.map((e) => effective(e, s)).filter((x): x is Effective => x !== null);
    const reviewers = perReviewer(eff(group.filter((e) => !e.chair)));
    const chairs = perReviewer(eff(group.filter((e) => e.chair && !e.implicit)));
    if (chairs.length > 1) {
      const [a, b] = chairs;
      throw new InputError(tr(`案件 ${a!.e.caseId} 项目 ${a!.e.itemId} 有两份不同的裁定：${a!.e.file} 与 ${b!.e.file}`, `case ${a!.e.caseId} item ${a!.e.itemId} has two different rulings: ${a!.e.file} and ${b!.e.file}`), { location: where(b!.e) });
    }
    const chair = chairs[0];
    // agreement is measured on what reviewers judged: two blank rows are the machine's result twice, not two judgements
    if (reviewers.length >= 2 && reviewers.some((x) => !x.e.implicit)) subjects.push({ itemId: s.item.id, ratings: reviewers.map((x) => ({ reviewer: x.e.reviewer, category: category(x), deduction: x.deduction })) });
    const agree = reviewers.every((x) => category(x) === category(reviewers[0]!));
    if (!agree) {
      disagreements.push({
        id: state.caseFile.id,
        itemId: s.item.id,
        entries: reviewers.map((x) => ({ reviewer: x.e.reviewer, verdict: x.verdict, deduction: x.deduction, ...(x.e.reason ? { reason: x.e.reason } : {}), ...where(x.e), ...(x.e.implicit ? { implicit: true } : {}) })),
        ...(chair ? { ruling: { reviewer: chair.e.reviewer, verdict: chair.verdict, deduction: chair.deduction, ...(chair.e.reason ? { reason: chair.e.reason } : {}), ...where(chair.e) } } : {}),
      });
    }
    if (chair) settle(state, s, chair, chair.e.reviewer, 'chair', chair.e.reason);
    else if (!reviewers.length || reviewers.every((x) => x.e.implicit)) continue; // nobody changed anything
    else if (agree) {
      const names = reviewers.map((x) => x.e.reviewer).join('、');
      const reason = [...new Set(reviewers.map((x) => x.e.reason).filter(Boolean))].join('；');
      settle(state, s, reviewers.find((x) => !x.e.implicit) ?? reviewers[0]!, names, reviewers.length > 1 ? 'agreed' : 'single', reason || undefined);
    } else {
      // open: the most lenient judgement counts meanwhile, so the provisional score is an upper bound
      const lenient = [...reviewers].sort((a, b) => a.deduction - b.deduction || (a.verdict === 'pass' ? -1 : b.verdict === 'pass' ? 1 : 0))[0]!;
      settle(state, s, lenient, lenient.e.reviewer, 'unresolved', lenient.e.reason);
      state.unresolved.push(s.item.id);
    }
  }
  disagreements.sort((a, b) => (a.id === b.id ? (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0) : a.id < b.id ? -1 : 1));
  return { disagreements, ...(subjects.length ? { agreement: agreementStats(subjects) } : {}) };
}
