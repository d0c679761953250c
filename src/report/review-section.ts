/** The cross-review section (交叉评查): agreement, reviewers' strictness, disagreements and reviewers' changes. */
import type { Lang } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import { pct, s, unitLabel, type StringKey } from './locale.js';
import type { Section } from './sections.js';

const verdict = (v: string, lang: Lang) => s(`verdict_${v}` as StringKey, lang);
const rate = (x: number | null) => (x === null ? '—' : pct(x));
const num = (x: number | null) => (x === null ? '—' : x);

/** null when no reviewer sheet was merged into the results. */
export function reviewSection(a: Analysis, lang: Lang): Section | null {
  const r = a.review;
  // a change of a deduction or of an automatic result (a pending manual item judged 符合 changes nothing shown)
  const overrides = a.files.flatMap((f) => (f.overrides ?? []).filter((o) => o.before.deduction !== o.after.deduction || o.before.status !== 'manual-pending').map((o) => ({ f, o })));
  if (!r?.agreement && !r?.disagreements?.length && !overrides.length) return null;
  const ag = r?.agreement;
  const dis = r?.disagreements ?? [];
  const ruled = dis.filter((d) => d.ruling).length;
  const sep = lang === 'en' ? '; ' : '；';
  const item = (id: string) => r?.itemTitles?.[id]?.[lang] ?? id;
  return {
    id: 'review',
    title: s('review', lang),
    paragraphs: [
      s('reviewText', lang, {
        subjects: ag?.subjects ?? 0,
        agreement: rate(ag?.agreement ?? null),
        kappa: num(ag?.kappa ?? null),
        method: ag && ag.method !== 'none' ? s(ag.method, lang) : '—',
        disagreements: dis.length,
        ruled,
        open: dis.length - ruled,
      }),
    ],
    tables: [
      {
        id: 'agreementByItem',
        title: s('agreementByItem', lang),
        columns: [s('item', lang), s('subjects', lang), s('agreementShare', lang), s('kappa', lang)],
        rows: (ag?.byItem ?? []).map((x) => [item(x.itemId), x.subjects, rate(x.agreement), x.kappa === null ? '—' : lang === 'en' ? `${x.kappa} (${s(x.method as StringKey, lang)})` : `${x.kappa}（${s(x.method as StringKey, lang)}）`]),
        empty: s('none', lang),
      },
      {
        id: 'agreementByReviewer',
        title: s('agreementByReviewer', lang),
        columns: [s('reviewer', lang), s('subjects', lang), s('agreementShare', lang), s('meanDeductionReviewer', lang), s('meanDeductionPanel', lang), s('difference', lang)],
        rows: (ag?.byReviewer ?? []).map((x) => [x.reviewer, x.subjects, rate(x.agreement), x.meanDeduction, x.panelMeanDeduction, x.difference]),
        empty: s('none', lang),
      },
      {
        id: 'disagreements',
        title: s('disagreementList', lang),
        columns: [s('caseId', lang), s('item', lang), s('verdicts', lang), s('ruling', lang)],
        rows: dis.map((d) => [
          d.id,
          item(d.itemId),
          d.entries.map((e) => `${e.reviewer}: ${verdict(e.verdict, lang)}${e.verdict === 'defect' ? ` −${e.deduction}` : ''}`).join(sep),
          d.ruling ? `${d.ruling.reviewer}: ${verdict(d.ruling.verdict, lang)}${d.ruling.verdict === 'defect' ? ` −${d.ruling.deduction}` : ''}` : s('openRuling', lang),
        ]),
        empty: s('none', lang),
      },
      {
        id: 'overrides',
        title: s('overrideList', lang),
        columns: [s('caseId', lang), s('unit', lang), s('item', lang), s('reviewer', lang), s('fromTo', lang), s('veto', lang), s('resolution', lang), s('reason', lang)],
        rows: overrides.map(({ f, o }) => [
          f.id,
          unitLabel(f.unit ?? '', lang),
          item(o.itemId),
          o.reviewer,
          `${o.before.deduction} → ${o.after.deduction}`,
          s(o.veto ? 'yes' : 'no', lang),
          o.resolution ? s(`resolution-${o.resolution}` as StringKey, lang) : '',
          o.reason ?? '',
        ]),
        empty: s('none', lang),
      },
    ],
  };
}
