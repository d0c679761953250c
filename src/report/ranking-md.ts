/** The ranking as Markdown (ranking.md): file ranking, per-type rankings and the unit ranking, tables by mdTable. */
import type { Lang } from '../i18n.js';
import type { Ranking, RankedFile } from '../analyze/rank.js';
import { mdEscape, mdTable } from './md-table.js';
import { s, typeLabel, unitLabel } from './locale.js';
import { unitRankRow } from './sections.js';

function files(list: RankedFile[], lang: Lang): string[] {
  if (!list.length) return [mdEscape(s('noEligible', lang)), ''];
  const columns = [s('rank', lang), s('caseId', lang), s('unit', lang), s('type', lang), s('score', lang), s('substantive', lang), s('findings', lang), s('notChecked', lang)];
  const rows = list.map((r) => [r.rank, r.id, unitLabel(r.unit, lang), typeLabel(r.type, lang), r.score, r.substantiveDeductions, r.findings, r.notChecked]);
  return [...mdTable(columns, rows, [true, false, false, false, true, true, true, true]), ''];
}

/** Render a ranking as Markdown. */
export function renderRankingMarkdown(r: Ranking, lang: Lang): string {
  const out = [`# ${mdEscape(s('ranking', lang))}`, '', mdEscape(s('rankingText', lang)), ''];
  if (r.provisional) out.push(mdEscape(s('rankingProvisional', lang, { n: r.provisional })), '');
  out.push(...files(r.ranking, lang));
  for (const t of r.byType ?? []) out.push(`## ${mdEscape(typeLabel(t.type, lang))}`, '', ...files(t.ranking, lang));
  out.push(`## ${mdEscape(s('unitRanking', lang))}`, '');
  if (r.units.some((u) => !u.final)) out.push(mdEscape(s('unitRankingNote', lang)), '');
  out.push(...mdTable([s('rank', lang), s('unit', lang), s('files', lang), s('unitProvisional', lang), s('meanScore', lang)], r.units.map((u) => unitRankRow(u, lang)), [true, false, true, true, true]));
  return `${out.join('\n')}\n`;
}
