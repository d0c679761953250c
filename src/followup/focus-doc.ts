/** The stand-alone problem-focus briefing (问题聚焦分析): per industry, the frequent problems and what to do about them. */
import type { Lang } from '../i18n.js';
import type { IndustryFocus } from './focus.js';
import { officialDateText, type Block, type OfficialDoc } from './official-doc.js';
import { periodWords } from './official-doc.js';

const pctText = (x: number) => `${Math.round(x * 1000) / 10}%`;

export interface FocusDocOptions {
  lang: Lang;
  issuer: string;
  date: string;
  period?: string;
}

/** The briefing as an official document: one 一、 heading per industry, one paragraph per problem. */
export function buildFocusDoc(focus: IndustryFocus[], o: FocusDocOptions): OfficialDoc {
  const en = o.lang === 'en';
  o = { ...o, period: periodWords(o.period, o.lang) };
  const blocks: Block[] = [
    {
      kind: 'p',
      text: en
        ? `Under §VI(16) of the guideline (赣应急字〔2020〕168号), frequent problems found in enforcement are summed up every half year and countermeasures are published in each industry. This briefing covers the case files audited${o.period ? ` for ${o.period}` : ''}, grouped by the industry of the party.`
        : `根据《关于推进严格规范公正文明精准执法的指导意见》（赣应急字〔2020〕168号）第六部分第（十六）项“对行政执法过程中发现的多发频发问题……及时归纳总结，精准制订应对措施并在本行业领域发布”的要求，现将${o.period ?? '本期'}案卷评查发现的多发频发问题按行业归纳如下。`,
    },
  ];
  focus.forEach((g, i) => {
    blocks.push({ kind: 'h1', text: en ? `${i + 1}. ${g.industry}` : `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i] ?? String(i + 1)}、${g.industry}` });
    blocks.push({ kind: 'p', text: en ? `${g.files} file(s) audited, ${g.filesWithFindings} with problems.` : `评查案卷 ${g.files} 份，其中存在问题的 ${g.filesWithFindings} 份。` });
    if (!g.problems.length) blocks.push({ kind: 'p', text: en ? 'No problems found.' : '未发现问题。' });
    g.problems.forEach((p, k) => {
      const name = p.title ? p.title[o.lang] : p.message;
      blocks.push({
        kind: 'p',
        text: en
          ? `${k + 1}. ${name}: ${p.files} file(s), ${pctText(p.share)} of the industry's files (e.g. ${p.message}). Basis: ${p.basis || '—'}. Countermeasure: ${p.countermeasure.en}`
          : `${k + 1}. ${name}：涉及案卷 ${p.files} 份，占该行业评查案卷的 ${pctText(p.share)}（如：${p.message}）。依据：${p.basis || '—'}。建议措施：${p.countermeasure.zh}`,
      });
    });
  });
  return { title: en ? `Problem Focus Briefing${o.period ? ` (${o.period})` : ''}` : `${o.period ?? ''}执法问题聚焦分析`, blocks, issuer: o.issuer, dateText: officialDateText(o.date, o.lang) };
}

/** The same briefing as markdown. */
export function focusMarkdown(focus: IndustryFocus[], o: FocusDocOptions): string {
  const doc = buildFocusDoc(focus, o);
  const esc = (x: string) => x.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
  const lines = [`# ${esc(doc.title)}`, ''];
  for (const b of doc.blocks) {
    if (b.kind === 'h1') lines.push(`## ${esc(b.text)}`, '');
    else if (b.kind === 'h2') lines.push(`### ${esc(b.text)}`, '');
    else if (b.kind === 'p') lines.push(esc(b.text), '');
  }
  lines.push(`${esc(doc.issuer)}  `, esc(doc.dateText), '');
  return lines.join('\n');
}
