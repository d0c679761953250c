/** Rows of the scheme review for a spreadsheet report (the reports stage writes them to xlsx). */
import { tr, type Lang } from '../i18n.js';
import type { SchemesResult } from './types.js';

export interface SchemeReviewSheet {
  /** column keys and their headers, in order */
  columns: { key: string; header: string }[];
  rows: Record<string, string | number>[];
}

/**
 * One row per reviewed scheme (rejected first, then approved; input order within each): verdict, the rejection
 * reasons, warnings, bases and what to add. Headers and verdict labels are in `lang`; messages keep the
 * language the review ran in.
 */
export function schemeReviewRows(result: SchemesResult, lang: Lang): SchemeReviewSheet {
  const t = (zh: string, en: string) => tr(zh, en, lang);
  const columns = [
    { key: 'id', header: t('方案编号', 'Scheme') },
    { key: 'unit', header: t('执法单位', 'Unit') },
    { key: 'target', header: t('检查对象', 'Target') },
    { key: 'industry', header: t('所属行业', 'Industry') },
    { key: 'verdict', header: t('审查结论', 'Verdict') },
    { key: 'rejectReasons', header: t('驳回理由', 'Reasons for rejection') },
    { key: 'warnings', header: t('提醒事项', 'Warnings') },
    { key: 'basis', header: t('依据', 'Basis') },
    { key: 'toAdd', header: t('需补充或改正', 'What to add or fix') },
    { key: 'notChecked', header: t('未能核查', 'Not checked') },
  ];
  const numbered = (xs: string[]) => (xs.length > 1 ? xs.map((x, i) => `${i + 1}. ${x}`) : xs).join('\n');
  const ordered = [...result.schemes.filter((s) => s.verdict === 'rejected'), ...result.schemes.filter((s) => s.verdict === 'approved')];
  const rows = ordered.map((s) => {
    const rejects = s.reasons.filter((r) => r.severity === 'reject');
    return {
      id: s.id,
      unit: s.unit ?? '',
      target: s.target ?? '',
      industry: s.industry ?? '',
      verdict: s.verdict === 'rejected' ? t('驳回', 'rejected') : t('通过', 'approved'),
      rejectReasons: numbered(rejects.map((r) => r.message)),
      warnings: numbered(s.reasons.filter((r) => r.severity === 'warn').map((r) => r.message)),
      basis: [...new Set(rejects.map((r) => r.basis))].join('\n'),
      toAdd: numbered([...new Set(rejects.map((r) => r.fix))]),
      notChecked: s.notChecked.map((n) => n.ruleId).join(', '),
    };
  });
  return { columns, rows };
}
