/** The draft 通报 (official document naming the units, the facts and the threshold) and the 约谈 list. */
import type { Lang } from '../i18n.js';
import type { EscalationEntry, Met } from './escalate.js';
import { officialDateText, type Block, type OfficialDoc } from './official-doc.js';
import { periodWords } from './official-doc.js';

const pctText = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** One met threshold as a sentence: the fact, then the threshold it crossed. */
export function metText(m: Met, lang: Lang, ruleTitle: (ruleId: string) => string = (r) => r): string {
  const en = lang === 'en';
  switch (m.key) {
    case 'meanScoreBelow':
      return en ? `mean score ${m.value as number}, below ${m.limit as number}` : `平均分 ${m.value as number} 分，低于 ${m.limit as number} 分`;
    case 'vetoedAtLeast':
      return en ? `${m.value as number} vetoed file(s) (threshold: ${m.limit as number})` : `${m.value as number} 份案卷被否决（标准：${m.limit as number} 份及以上）`;
    case 'failShareAbove':
      return en ? `不合格 share ${pctText(m.value as number)}, above ${pctText(m.limit as number)}` : `不合格案卷占比 ${pctText(m.value as number)}，高于 ${pctText(m.limit as number)}`;
    case 'repeatedRule':
      return en ? `the same problems in two consecutive periods: ${(m.value as string[]).map(ruleTitle).join('; ')}` : `连续两期出现同类问题：${(m.value as string[]).map(ruleTitle).join('；')}`;
    case 'overdueAbove':
      return en ? `${m.value as number} rectification item(s) overdue (threshold: more than ${m.limit as number})` : `${m.value as number} 项问题逾期未整改（标准：超过 ${m.limit as number} 项）`;
  }
}

export interface CircularOptions {
  lang: Lang;
  issuer: string;
  /** ISO date of the draft */
  date: string;
  period?: string;
  addressee?: string;
  filesScored: number;
  unitsScored: number;
  ruleTitle?: (ruleId: string) => string;
}

/** The draft 通报 over the units whose entries are 'circular'. */
export function buildCircular(entries: EscalationEntry[], o: CircularOptions): OfficialDoc {
  const en = o.lang === 'en';
  const list = entries.filter((e) => e.action === 'circular');
  const period = periodWords(o.period, o.lang) ?? '';
  const blocks: Block[] = [
    {
      kind: 'p',
      text: en
        ? `The supervision office audited ${o.filesScored} case files of ${o.unitsScored} units${period ? ` for ${period}` : ''}. Under §V(13) of the guideline (赣应急字〔2020〕168号), units whose enforcement falls short are named in a circular. The following ${list.length} unit(s) met the circular thresholds set for this audit:`
        : `${period ? `${period}，` : ''}我局对 ${o.unitsScored} 个单位的 ${o.filesScored} 份行政执法案卷进行了评查。按照《关于推进严格规范公正文明精准执法的指导意见》（赣应急字〔2020〕168号）第五部分第（十三）项“该通报的通报、该约谈的约谈”的要求，现将达到本次评查通报标准的 ${list.length} 个单位通报如下。`,
    },
    { kind: 'h1', text: en ? '1. Units named and the facts' : '一、通报单位及事实' },
  ];
  list.forEach((e, i) => {
    blocks.push({ kind: 'h2', text: en ? `(${i + 1}) ${e.unit}` : `（${i + 1}）${e.unit}` });
    blocks.push({
      kind: 'p',
      text: en
        ? `${e.files} file(s) audited; ${e.met.map((m) => metText(m, o.lang, o.ruleTitle)).join('; ')}.`
        : `评查案卷 ${e.files} 份，${e.met.map((m) => metText(m, o.lang, o.ruleTitle)).join('；')}。`,
    });
  });
  blocks.push(
    { kind: 'table', columns: en ? ['Unit', 'Files', 'Mean score', 'Threshold met'] : ['单位', '评查案卷', '平均分', '达到的通报标准'], rows: list.map((e) => [e.unit, e.files, e.meanScore ?? '—', e.met.map((m) => metText(m, o.lang, o.ruleTitle)).join(en ? '; ' : '；')]) },
    { kind: 'h1', text: en ? '2. Requirements' : '二、工作要求' },
    {
      kind: 'p',
      text: en
        ? 'The units named are to analyse the causes, correct the problems found in the audit within the deadline of their rectification notice, and report the results in writing.'
        : '被通报单位要认真分析原因，按照整改通知书要求在规定期限内完成整改，并将整改情况书面报送。其他单位要引以为戒，举一反三，对照检查。',
    },
  );
  return { title: en ? `Circular on the Case-File Audit${period ? ` (${period})` : ''} — DRAFT` : `关于${period}行政执法案卷评查情况的通报（草稿）`, addressee: o.addressee ?? (en ? 'All units concerned' : '各有关单位'), blocks, issuer: o.issuer, dateText: officialDateText(o.date, o.lang) };
}

/** The 约谈 list as markdown: unit, facts, threshold. */
export function summonsMarkdown(entries: EscalationEntry[], lang: Lang, ruleTitle?: (ruleId: string) => string): string {
  const en = lang === 'en';
  const list = entries.filter((e) => e.action === 'summons');
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    en ? '# Summons list (约谈名单)' : '# 约谈名单',
    '',
    en ? 'Units that met a summons threshold of this audit (赣应急字〔2020〕168号 §五(十三)).' : '达到本次评查约谈标准的单位（赣应急字〔2020〕168号 第五部分第（十三）项）。',
    '',
    en ? '| # | Unit | Files | Mean score | Threshold met |' : '| 序号 | 单位 | 评查案卷 | 平均分 | 达到的约谈标准 |',
    '|---|---|---|---|---|',
    ...list.map((e, i) => `| ${i + 1} | ${cell(e.unit)} | ${e.files} | ${e.meanScore ?? '—'} | ${cell(e.met.map((m) => metText(m, lang, ruleTitle)).join(en ? '; ' : '；'))} |`),
  ];
  return `${lines.join('\n')}\n`;
}
