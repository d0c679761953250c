/** What the follow-up stage adds to a report: --previous, --rectification, the problem focus, and the focus briefing. */
import path from 'node:path';
import type { Lang } from '../i18n.js';
import { getLang, tr } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import type { Dataset } from '../model/types.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import { loadKeyItems, resolveIndustries } from '../schemes/key-items.js';
import { buildFocusDoc, comparePeriods, focusMarkdown, loadCountermeasures, problemFocus, renderOfficialDocx } from '../followup/index.js';
import { loadPrevious, loadStatus } from './followup-inputs.js';
import { ruleTitles } from './hooks.js';
import { sha256File } from '../util/fs.js';
import { UsageError } from '../errors.js';
import { caseActions, executePlan, findOverlaps, readPlan, type Action } from '../plan/index.js';
import { parsePeriod, type Period } from '../sample/period.js';
import { parseKinds } from './plan.js';

function yearOfLatest(actions: Action[]): Period {
  const last = actions.map((a) => a.date).sort().pop();
  return parsePeriod((last ?? '2025').slice(0, 4));
}

export interface FollowupReportOptions {
  /** previous period: results.json or report.json */
  previous?: string;
  /** status.json of rectify --collect */
  rectification?: string;
  countermeasures?: string;
  checklists?: string[];
  /** problems per industry in the focus (default 5) */
  focusTop?: number;
  /** annual inspection plan (needs the dataset): adds 计划执行 and 重复执法/执法缺位 */
  plan?: string;
  /** overlap window in days (default 30) and what counts as an action */
  overlapWindow?: number;
  overlapActions?: string[];
}

/** The industry of a case as the catalog names it (危化品 → 危险化学品), else as written. */
export function industryLookup(dataset: Dataset | undefined, lang: Lang): (caseId: string) => string | undefined {
  const byId = new Map<string, string>();
  const catalog = loadKeyItems();
  for (const c of dataset?.cases ?? []) {
    if (!c.industry) continue;
    const hit = resolveIndustries(c.industry, catalog)[0];
    byId.set(caseIdKey(c.id), hit ? hit.name[lang] : c.industry);
  }
  return (id) => byId.get(caseIdKey(id));
}

/** Add comparison, focus and rectification to the analysis (and their files to the cover's sources). */
export async function attachFollowup(analysis: Analysis, dataset: Dataset | undefined, o: FollowupReportOptions, lang: Lang = getLang()): Promise<void> {
  if (o.previous) {
    const prev = await loadPrevious(o.previous);
    analysis.comparison = comparePeriods(prev, { period: analysis.cover.period, files: analysis.files, efficiency: efficiencyRates(analysis) });
    analysis.cover.sources.push({ role: tr('上期', 'previous', lang), path: o.previous, sha256: await sha256File(o.previous) });
  }
  if (dataset) {
    analysis.focus = problemFocus(analysis.files, { industryOf: industryLookup(dataset, lang), countermeasures: loadCountermeasures(o.countermeasures), titleOf: ruleTitles(o.checklists), top: o.focusTop });
  }
  if (o.plan) {
    if (!dataset) throw new UsageError(tr('--plan 需要 --dataset（执法记录）', '--plan needs --dataset (the enforcement records)', lang));
    const plan = await readPlan(o.plan);
    const actions = caseActions(dataset.cases);
    const period = analysis.cover.period && /^\d{4}(H[12])?$/i.test(analysis.cover.period) ? parsePeriod(analysis.cover.period) : yearOfLatest(actions);
    analysis.plan = executePlan(plan, actions, period);
    analysis.overlaps = findOverlaps(actions, { windowDays: o.overlapWindow ?? 30, kinds: parseKinds(o.overlapActions), plan, period });
    analysis.cover.sources.push({ role: tr('年度计划', 'plan', lang), path: o.plan, sha256: await sha256File(o.plan) });
  }
  if (o.rectification) {
    analysis.rectification = await loadStatus(o.rectification);
    analysis.cover.sources.push({ role: tr('整改情况', 'rectification', lang), path: o.rectification, sha256: await sha256File(o.rectification) });
  }
}

function efficiencyRates(a: Analysis): Record<string, number | null> | undefined {
  if (!a.efficiency) return undefined;
  return Object.fromEntries(Object.entries(a.efficiency.rates).map(([k, r]) => [k, r.denominator ? r.rate : null]));
}

/** The stand-alone focus briefing: focus.docx and focus.md (needs the dataset for the industries). */
export async function renderFocusFiles(analysis: Analysis, o: { outDir: string; lang: Lang; date: Date; issuer?: string }): Promise<{ path: string; data: string | Uint8Array }[]> {
  const focus = analysis.focus ?? [];
  const opts = { lang: o.lang, issuer: o.issuer ?? analysis.cover.ranBy ?? tr('执法监督机构', 'Enforcement supervision office', o.lang), date: analysis.cover.generatedAt.slice(0, 10), period: analysis.cover.period };
  return [
    { path: path.join(o.outDir, 'focus.docx'), data: await renderOfficialDocx(buildFocusDoc(focus, opts), o.date) },
    { path: path.join(o.outDir, 'focus.md'), data: focusMarkdown(focus, opts) },
  ];
}
