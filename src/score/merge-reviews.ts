/** Merge reviewer entries into evaluated files: reviewers override or add to automatic results; every change recorded. */
import { InputError } from '../errors.js';
import { tr, local } from '../i18n.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import type { FileState } from './evaluate.js';
import type { Disagreement, Finding } from './types.js';

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
}

function differ(a: ReviewEntry, b: ReviewEntry): boolean {
  return a.verdict !== b.verdict || (a.verdict === 'defect' && (a.deduction ?? -1) !== (b.deduction ?? -1));
}

/**
 * Apply entries (the first entry per file × item wins; entries by other reviewers that differ are disagreements).
 * Unknown case or item ids stop the merge with an error naming the sheet row.
 */
export function applyReviews(states: FileState[], entries: ReviewEntry[]): Disagreement[] {
  const byCase = new Map(states.map((s) => [caseIdKey(s.caseFile.id), s]));
  const groups = new Map<string, ReviewEntry[]>();
  for (const e of entries) {
    const state = byCase.get(caseIdKey(e.caseId));
    if (!state) throw new InputError(tr(`评查表 ${e.file} 第 ${e.row} 行：案件 "${e.caseId}" 不在本次评分的案卷中`, `review sheet ${e.file} row ${e.row}: case "${e.caseId}" is not among the files scored`), { location: { file: e.file, row: e.row } });
    if (!state.items.some((s) => s.item.id === e.itemId)) throw new InputError(tr(`评查表 ${e.file} 第 ${e.row} 行：评查项目 "${e.itemId}" 不在评查标准 ${state.checklist.id} 中`, `review sheet ${e.file} row ${e.row}: item "${e.itemId}" is not in checklist ${state.checklist.id}`), { location: { file: e.file, row: e.row } });
    const key = `${caseIdKey(e.caseId)}\u0000${e.itemId}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const disagreements: Disagreement[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const state = byCase.get(caseIdKey(first.caseId))!;
    const s = state.items.find((x) => x.item.id === first.itemId)!;
    const others = group.filter((e) => e.reviewer !== first.reviewer);
    if (others.some((e) => differ(e, first))) {
      disagreements.push({
        id: state.caseFile.id,
        itemId: first.itemId,
        entries: group.map((e) => ({ reviewer: e.reviewer, verdict: e.verdict, deduction: e.verdict === 'defect' ? (e.deduction ?? s.item.deduction) : 0, ...(e.reason ? { reason: e.reason } : {}), file: e.file, row: e.row })),
      });
    }
    const beforeDeduction = Math.min(s.item.points, s.findings.reduce((n, f) => n + f.deduction, 0));
    const before = { deduction: beforeDeduction, findings: s.findings.length, status: s.status === 'na' ? ('ok' as const) : s.status };
    const ruleId = s.item.rule ?? s.item.id;
    if (first.verdict === 'defect') {
      const d = Math.min(first.deduction ?? s.item.deduction, s.item.points);
      const f: Finding = {
        ruleId,
        itemId: s.item.id,
        category: s.item.category,
        deduction: d,
        veto: s.item.veto,
        message: first.reason || local(s.item.title),
        basis: s.item.basis ?? s.findings[0]?.basis ?? '',
        evidence: { reviewer: first.reviewer, sheet: first.file, row: first.row, automatic: s.findings.map((x) => x.message) },
        origin: 'review',
      };
      const unchanged = s.status === 'findings' && s.findings.length === 1 && beforeDeduction === d;
      s.findings = [f];
      s.status = 'findings';
      if (unchanged) continue;
    } else {
      const unchanged = s.findings.length === 0 && (s.status === 'ok' || s.status === 'na');
      s.findings = [];
      s.status = first.verdict === 'na' ? 'na' : 'ok';
      if (unchanged) continue;
    }
    state.overrides.push({
      itemId: s.item.id,
      ruleId,
      reviewer: first.reviewer,
      verdict: first.verdict,
      before,
      after: { deduction: s.findings.reduce((n, f) => n + f.deduction, 0) },
      ...(first.reason ? { reason: first.reason } : {}),
      sheet: { file: first.file, row: first.row },
    });
  }
  return disagreements.sort((a, b) => (a.id === b.id ? a.itemId.localeCompare(b.itemId) : a.id.localeCompare(b.id)));
}
