/** Apply a checklist to one case file: run each item's rule (or mark it for the reviewer), then score and grade. */
import { local } from '../i18n.js';
import type { CaseFile } from '../model/types.js';
import type { Checklist, ChecklistItem } from '../checklist/checklist.js';
import { getRule } from '../checklist/rules/index.js';
import type { RuleContext } from '../checklist/types.js';
import { gradeOf } from './grade.js';
import type { FileResult, Finding, Override, ProvisionalReason } from './types.js';
import { hitMessage, isNotChecked } from '../model/rule.js';

/** The state of one item before scoring: what the rule (or later a reviewer) found. */
export interface ItemState {
  item: ChecklistItem;
  status: 'findings' | 'ok' | 'not-checked' | 'manual-pending' | 'na';
  /** findings with their nominal deduction (item.deduction or the reviewer's), capped when scored */
  findings: Finding[];
  reason?: string;
}

export interface FileState {
  caseFile: CaseFile;
  checklist: Checklist;
  items: ItemState[];
  overrides: Override[];
  /** item ids on which reviewers disagree with no chair's ruling */
  unresolved: string[];
  /** assigned reviewers who have not returned this file yet */
  awaiting?: string[];
}

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Does the item apply to this file (appliesTo conditions)? */
export function applies(item: ChecklistItem, c: CaseFile): boolean {
  const a = item.appliesTo;
  if (!a) return true;
  if (a.partyKinds && c.party?.kind && !a.partyKinds.includes(c.party.kind)) return false;
  if (a.hasFine !== undefined && (c.fine !== undefined && c.fine > 0) !== a.hasFine) return false;
  if (a.hasField !== undefined) {
    const v = get(c, a.hasField);
    if (v === undefined || v === null || v === '') return false;
  }
  return true;
}

/** Run every applicable item of the checklist on a file. */
export function evaluateFile(c: CaseFile, checklist: Checklist, ctx: RuleContext): FileState {
  const items = checklist.items.map((item): ItemState => {
    if (!applies(item, c)) return { item, status: 'na', findings: [] };
    if (item.manual || !item.rule) return { item, status: 'manual-pending', findings: [] };
    const rule = getRule(item.rule)!; // validated when the checklist was loaded
    const out = rule.check(c, ctx);
    if (isNotChecked(out)) return { item, status: 'not-checked', findings: [], reason: local(out.notChecked) };
    const findings = out.map((hit): Finding => ({
      ruleId: rule.meta.id,
      itemId: item.id,
      category: item.category,
      deduction: item.deduction,
      veto: item.veto,
      message: hitMessage(rule.meta, hit),
      basis: hit.basis ?? item.basis ?? rule.meta.basis,
      evidence: Object.assign(hit.evidence, { source: c.source }), // the hit is fresh from the rule: no copy
      origin: 'auto',
    }));
    return { item, status: findings.length ? 'findings' : 'ok', findings };
  });
  return { caseFile: c, checklist, items, overrides: [], unresolved: [] };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Default of the checklist option `maxNotCheckedShare`: more than a third of the automatic points not checked → 待定. */
export const DEFAULT_MAX_NOT_CHECKED_SHARE = 1 / 3;

/** Share of the applicable automatic points whose rule could not be checked on this file's data. */
export function notCheckedShare(state: FileState): number {
  let auto = 0;
  let open = 0;
  for (const s of state.items) {
    if (s.item.manual || !s.item.rule || s.status === 'na') continue;
    auto += s.item.points;
    if (s.status === 'not-checked') open += s.item.points;
  }
  return auto ? open / auto : 0;
}

/** Why a file cannot have a final grade yet (empty = final). */
export function provisionalReasons(state: FileState): ProvisionalReason[] {
  const out: ProvisionalReason[] = [];
  if (state.items.some((s) => s.status === 'manual-pending')) out.push('manual-pending');
  if (state.unresolved.length) out.push('disagreement');
  if (state.awaiting?.length) out.push('reviewer-missing');
  const max = state.checklist.maxNotCheckedShare ?? DEFAULT_MAX_NOT_CHECKED_SHARE;
  if (notCheckedShare(state) > max + 1e-9) out.push('not-checked');
  return out;
}

/** Score a file: deductions capped per item (floored at zero), any veto finding → 0 and fail. */
export function finalizeFile(state: FileState): FileResult {
  const { caseFile: c, checklist } = state;
  const findings: Finding[] = [];
  let lost = 0;
  let vetoed = false;
  for (const s of state.items) {
    let left = s.item.points;
    for (const f of s.findings) {
      const d = Math.min(f.deduction, left);
      left -= d;
      lost += d;
      f.deduction = round(d); // findings belong to this run's state: capped in place
      findings.push(f);
      if (f.veto) vetoed = true;
    }
  }
  const score = vetoed ? 0 : round(Math.max(0, 100 - lost));
  const notCheckedStates = state.items.filter((s) => s.status === 'not-checked');
  const points = gradeOf(score, vetoed, checklist.grades);
  const reasons = provisionalReasons(state);
  // an open item can only lower a score (pending = no deduction yet; an open disagreement counts its most lenient
  // entry), so a file whose points already give 不合格 is 不合格 whatever is still open — unless a reviewer who has
  // not returned the file yet could still overturn an automatic finding
  const final = reasons.length === 0;
  const grade = final || (points === 'fail' && !reasons.includes('reviewer-missing')) ? points : 'provisional';
  return {
    id: c.id,
    unit: c.unit ?? null,
    type: c.type ?? null,
    checklist: checklist.id,
    score,
    grade,
    ...(final ? {} : { bestGrade: points }),
    vetoed,
    findings,
    notChecked: notCheckedStates.map((s) => s.item.rule!),
    notCheckedReasons: Object.fromEntries(notCheckedStates.map((s) => [s.item.rule!, s.reason ?? ''])),
    manualPending: state.items.filter((s) => s.status === 'manual-pending').map((s) => s.item.id),
    overrides: state.overrides,
    final,
    provisionalReasons: reasons,
    unresolved: [...state.unresolved],
    notCheckedShare: round(notCheckedShare(state)),
    ...(state.awaiting?.length ? { awaitingReviewers: state.awaiting } : {}),
    status: c.status ?? 'ok',
    source: c.source,
    ...(c.document ? { document: c.document } : {}),
  };
}
