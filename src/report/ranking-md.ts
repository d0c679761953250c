/** The ranking as Markdown (ranking.md): file ranking, per-type rankings and the unit ranking. */
import type { Lang } from '../i18n.js';
import type { Ranking, RankedFile } from '../analyze/rank.js';
import { mdEscape } from './md.js';
import { s, typeLabel, unitLabel } from './locale.js';

function files(list: RankedFile[], lang: Lang): string[] {
  if (!list.length) return [s('noEligible', lang), ''];
  return [
    `| ${[s('rank', lang), s('caseId', lang), s('unit', lang), s('type', lang), s('score', lang), s('substantive', lang), s('findings', lang), s('notChecked', lang)].join(' | ')} |`,
    '| ---: | --- | --- | --- | ---: | ---: | ---: |',
    ...list.map((r) => `| ${[r.rank, mdEscape(r.id), mdEscape(unitLabel(r.unit, lang)), typeLabel(r.type, lang), r.score, r.substantiveDeductions, r.findings, r.notChecked].join(' | ')} |`),
    '',
  ];
}

/** Render a ranking as Markdown. */
export function renderRankingMarkdown(r: Ranking, lang: Lang): string {
  const out = [`# ${s('ranking', lang)}`, '', mdEscape(s('rankingText', lang)), ''];
  if (r.provisional) out.push(mdEscape(s('rankingProvisional', lang, { n: r.provisional })), '');
  out.push(...files(r.ranking, lang));
  for (const t of r.byType ?? []) out.push(`## ${typeLabel(t.type, lang)}`, '', ...files(t.ranking, lang));
  out.push(`## ${s('unitRanking', lang)}`, '', `| ${[s('rank', lang), s('unit', lang), s('files', lang), s('meanScore', lang)].join(' | ')} |`, '| ---: | --- | ---: | ---: |');
  for (const u of r.units) out.push(`| ${u.rank} | ${mdEscape(unitLabel(u.unit, lang))} | ${u.files} | ${u.meanScore} |`);
  return `${out.join('\n')}\n`;
}
