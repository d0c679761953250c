/** An independent reading of the bundled samples: which case-file rules each record breaks (used to test expected.json). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CaseFile, Scheme } from '../../src/model/types.js';
import { checkCreditCode } from '../../src/ingest/normalize/credit-code.js';
import { ROOT } from '../helpers/cli.js';

interface Violation { penalty: string; range: [number, number]; maxAny: number }
interface Law { LAW: string; VIOLATIONS: Violation[] }
interface Calendar { workdaysBetween(a: string, b: string): number; daysBetween(a: string, b: string): number }

const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(path.join(ROOT, rel)).href)) as T;

/** Article catalog (penalty article → first-tier range and highest fine in any tier) and the 2025 calendar. */
export async function loadOracle() {
  const law = await load<Law>('scripts/samples/law.mjs');
  const cal = await load<Calendar>('scripts/samples/calendar.mjs');
  const ranges = new Map<string, { range: [number, number]; maxAny: number }>();
  for (const v of law.VIOLATIONS) ranges.set(`${law.LAW}${v.penalty}`, { range: v.range, maxAny: v.maxAny });
  const known = new Set([...ranges.keys(), `${law.LAW}第六十五条第一款第四项`]);
  return { ranges, known, cal };
}
export type Oracle = Awaited<ReturnType<typeof loadOracle>>;

const REQUIRED_EVIDENCE = ['现场检查记录', '询问笔录'];
/** pairs [earlier, later] that must hold in every file (the notice/decision pair has its own rule) */
const ORDER: [string, string][] = [
  ['filed', 'hearingNotified'], ['filed', 'legalReview'], ['filed', 'decided'], ['filed', 'closed'], ['filed', 'rectificationDeadline'],
  ['hearingNotified', 'hearingHeld'], ['hearingHeld', 'decided'], ['legalReview', 'decided'], ['collectiveDiscussion', 'decided'],
  ['decided', 'served'], ['decided', 'published'], ['decided', 'paid'], ['decided', 'closed'], ['paid', 'closed'],
];

/** Posts the sample attendee lists write for each role of 三位一体 (samples/README.md); a 副总经理 is not the principal. */
const POSTS = [/（(?:总经理|董事长|法定代表人|厂长)）/, /（(?:安全管理人员|专职安全员|安全科科长|安全总监)）/, /（(?:岗位操作人员|操作工|班组长|中控室操作人员)）/];

/** The inspection-record rules (赣应急字〔2020〕168号 §三(七), §六(十五)) a record breaks; `schemes` by id. */
function inspectionRules(c: CaseFile, schemes: Map<string, Scheme>): string[] {
  const out: string[] = [];
  if (c.kickoffMeeting === false || c.summaryMeeting === false) out.push('three-in-one-meetings');
  if (c.attendees && POSTS.some((p) => !c.attendees!.some((a) => p.test(a)))) out.push('three-in-one-presence');
  if (c.schemeId && schemes.get(c.schemeId)?.experts?.length && !c.experts?.length) out.push('three-in-one-experts');
  if (c.supervisionEntered === false && !c.supervisionNo) out.push('supervision-entry-missing');
  if (c.inAnnualPlan === false) out.push('inspection-unplanned');
  return out;
}

/** The rule ids a record breaks, by the definitions in samples/README.md. */
export function brokenRules(c: CaseFile, o: Oracle, schemes: Map<string, Scheme> = new Map()): string[] {
  const d = (c.dates ?? {}) as Record<string, string | undefined>;
  const out: string[] = [];
  const officers = c.officers ?? [];
  const certs = officers.map((x) => x.certNo).filter(Boolean);
  if (officers.length < 2) out.push('officers-min-two');
  if (officers.some((x) => !x.certNo)) out.push('officer-cert-missing');
  if (new Set(certs).size < certs.length) out.push('officer-cert-duplicate');
  if (officers.some((x) => x.certValidUntil && d.filed && x.certValidUntil < d.filed)) out.push('officer-cert-expired');
  if (!c.facts) out.push('facts-missing');
  if (!c.party?.name) out.push('party-missing');
  if (c.party?.creditCode && checkCreditCode(c.party.creditCode).status !== 'valid') out.push('credit-code-invalid');
  if (!c.evidence?.length) out.push('evidence-missing');
  if (d.rectificationDeadline && !(d.reinspected && d.reinspected >= d.rectificationDeadline)) out.push('reinspection-missing');
  if (ORDER.some(([a, b]) => d[a] && d[b] && d[a]! > d[b]!)) out.push('dates-out-of-order');
  if (c.type === 'inspection') out.push(...inspectionRules(c, schemes));
  if (c.type !== 'penalty') return out.sort();

  if (c.evidence?.length && REQUIRED_EVIDENCE.some((e) => !c.evidence!.includes(e))) out.push('evidence-required-types');
  const arts = c.penaltyArticles ?? [];
  if (!arts.length) out.push('basis-missing');
  else if (arts.some((a) => !o.known.has(a))) out.push('article-unknown');
  else {
    const r = o.ranges.get(arts[0]!);
    if (r && c.fine !== undefined && (c.fine < r.range[0] || c.fine > r.maxAny)) out.push('fine-out-of-range');
  }
  if (!d.notified) out.push('notice-missing');
  else if (d.decided && d.notified > d.decided) out.push('notice-after-decision');
  const fine = c.fine ?? 0;
  const kindNeeds = (c.penaltyKinds ?? []).some((k) => /停产停业|吊销/.test(k));
  const needsHearing = (c.party?.kind === 'individual' ? fine >= 10000 : fine >= 30000) || kindNeeds;
  if (needsHearing && !d.hearingNotified) out.push('hearing-right-missing');
  if (!d.legalReview) out.push('legal-review-missing');
  if (d.filed && d.decided && o.cal.daysBetween(d.filed, d.decided) > 90 && !c.extensionApproved) out.push('decision-overdue');
  if (d.decided && d.served && o.cal.workdaysBetween(d.decided, d.served) > 7) out.push('service-late');
  if (!d.published) out.push('publication-missing');
  else if (d.decided && o.cal.workdaysBetween(d.decided, d.published) > 7) out.push('publication-late');
  if (c.creditPushed !== true) out.push('credit-push-missing');
  return out.sort();
}
