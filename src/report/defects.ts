/** Findings as a reader reads them: the defect found (not the requirement) and the evidence as a short sentence. */
import type { Lang, LocalText } from '../i18n.js';
import type { Finding } from '../analyze/types.js';
import { dateLabel } from './format.js';

/** The defect of each checklist and scheme rule, as an inspector writes it in a findings table. */
const DEFECTS: Record<string, LocalText> = {
  'article-unknown': { zh: '引用的法律条款不存在', en: 'cites a provision that does not exist' },
  'basis-missing': { zh: '未引用处罚依据', en: 'no penalty basis cited' },
  'credit-code-invalid': { zh: '统一社会信用代码无效', en: 'invalid unified social credit code' },
  'credit-push-missing': { zh: '处罚信息未推送信用平台', en: 'penalty not pushed to the credit platform' },
  'dates-out-of-order': { zh: '程序日期先后颠倒', en: 'procedure dates out of order' },
  'decision-overdue': { zh: '超过法定期限作出决定', en: 'decision after the time limit' },
  'evidence-missing': { zh: '案卷无证据材料', en: 'no evidence in the file' },
  'evidence-required-types': { zh: '缺少必备证据', en: 'required evidence missing' },
  'facts-missing': { zh: '未载明违法事实', en: 'facts of the violation not stated' },
  'fine-out-of-range': { zh: '罚款超出法定幅度', en: 'fine outside the statutory range' },
  'hearing-right-missing': { zh: '未依法告知听证权利', en: 'hearing right not notified' },
  'legal-review-missing': { zh: '未依法进行法制审核', en: 'mandatory legal review missing' },
  'notice-after-decision': { zh: '告知晚于决定', en: 'notice given after the decision' },
  'notice-missing': { zh: '作出决定前未履行告知程序', en: 'no prior notice before the decision' },
  'officer-cert-duplicate': { zh: '执法证号重复登记', en: 'certificate number shared by two officers' },
  'officer-cert-expired': { zh: '执法证件过期仍在执法', en: 'certificate expired on the action date' },
  'officer-cert-missing': { zh: '执法人员未持执法证件', en: 'officer without an enforcement certificate' },
  'officers-min-two': { zh: '执法人员少于两人', en: 'fewer than two officers' },
  'party-missing': { zh: '当事人不明确', en: 'party not identified' },
  'publication-late': { zh: '处罚决定逾期公示', en: 'decision published late' },
  'publication-missing': { zh: '处罚决定未公示', en: 'decision not published' },
  'reinspection-missing': { zh: '责令整改后未按期复查', en: 'no re-inspection after the rectification order' },
  'service-late': { zh: '决定书逾期送达', en: 'decision served late' },
  // inspection-scheme rules
  'content-missing': { zh: '检查方案未列明检查内容', en: 'scheme lists no inspection content' },
  'date-missing': { zh: '检查方案未明确检查时间', en: 'scheme gives no inspection date' },
  'experts-missing': { zh: '未按要求邀请专家参与', en: 'no experts where required' },
  'key-items-missing': { zh: '检查内容未覆盖行业重点事项（避重就轻）', en: 'key items of the industry not covered' },
  'kickoff-missing': { zh: '未召开检查前碰头会', en: 'no kick-off meeting' },
  'method-missing': { zh: '检查方案未明确检查方式', en: 'scheme gives no inspection method' },
  'not-in-annual-plan': { zh: '检查对象不在年度监督检查计划内', en: 'target not in the annual plan' },
  'officers-insufficient': { zh: '检查人员不足两人', en: 'fewer than two inspectors' },
  'summary-missing': { zh: '检查后未作总结', en: 'no summary after the inspection' },
};

/** Titles of rules the checklist does not name (scheme rules, tool rules), for not-checked lists. */
export function ruleText(ruleId: string, lang: Lang, titles?: Record<string, LocalText>): string {
  return titles?.[ruleId]?.[lang] ?? DEFECTS[ruleId]?.[lang] ?? ruleId;
}

/** Details a group of findings shares: the missing evidence types, for 缺少询问笔录、现场照片. */
function details(findings: Pick<Finding, 'evidence'>[]): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    const e = f.evidence as Record<string, unknown> | undefined;
    if (e && typeof e.required === 'string') out.add(e.required);
  }
  return [...out];
}

/**
 * The defect of a rule as one phrase: 缺少询问笔录、现场照片 when the findings name what is missing, else the
 * rule's defect wording, else the scorer's message.
 */
export function defectText(ruleId: string, lang: Lang, findings: Pick<Finding, 'evidence' | 'message'>[] = []): string {
  const d = details(findings);
  if (ruleId === 'evidence-required-types' && d.length) return lang === 'en' ? `missing ${d.join(', ')}` : `缺少${d.join('、')}`;
  return DEFECTS[ruleId]?.[lang] ?? findings[0]?.message ?? ruleId;
}

const LABELS: Record<string, LocalText> = {
  fine: { zh: '罚款', en: 'fine' },
  decided: { zh: '决定日期', en: 'decided' },
  published: { zh: '公示日期', en: 'published' },
  served: { zh: '送达日期', en: 'served' },
  deadline: { zh: '期限', en: 'deadline' },
  notified: { zh: '告知日期', en: 'notified' },
  closed: { zh: '结案日期', en: 'closed' },
  filed: { zh: '立案日期', en: 'filed' },
  hearingHeld: { zh: '听证日期', en: 'hearing' },
  actionDate: { zh: '执法日期', en: 'action date' },
  certValidUntil: { zh: '证件有效期至', en: 'certificate valid until' },
  certNo: { zh: '执法证号', en: 'certificate' },
  officer: { zh: '执法人员', en: 'officer' },
  officers: { zh: '执法人员', en: 'officers' },
  required: { zh: '缺少', en: 'missing' },
  citation: { zh: '所引条款', en: 'cited' },
  workingDays: { zh: '法定工作日', en: 'working days allowed' },
  creditCode: { zh: '信用代码', en: 'credit code' },
  party: { zh: '当事人', en: 'party' },
  days: { zh: '天数', en: 'days' },
  limitDays: { zh: '法定天数', en: 'days allowed' },
};

/** Keys that restate the message or only matter to machines. */
const SKIP = new Set(['source', 'law', 'provision', 'held', 'partyKind', 'reason', 'penaltyArticles', 'facts', 'creditPushed', 'published_', 'evidence']);

function value(key: string, v: unknown, lang: Lang): string | undefined {
  if (v === null || v === undefined || v === '') return lang === 'en' ? 'none' : '无';
  if (typeof v === 'number') return key === 'fine' ? (lang === 'en' ? `${v.toLocaleString('en-US')} yuan` : `${v} 元`) : String(v);
  if (typeof v === 'boolean') return v ? (lang === 'en' ? 'yes' : '是') : lang === 'en' ? 'no' : '否';
  if (typeof v === 'string') return dateLabel(v, lang);
  if (Array.isArray(v)) {
    const parts = v.map((x) => (x && typeof x === 'object' ? articleText(x as Record<string, unknown>, lang) : value(key, x, lang))).filter(Boolean);
    return parts.join(lang === 'en' ? ', ' : '、');
  }
  return undefined;
}

function articleText(a: Record<string, unknown>, lang: Lang): string | undefined {
  if (typeof a.article !== 'string') return undefined;
  if (typeof a.max === 'number') return lang === 'en' ? `${a.article} (up to ${a.max} yuan)` : `${a.article}（上限 ${a.max} 元）`;
  return a.article;
}

/** Evidence as a short sentence (dates, amounts, the article), never JSON; at most 200 characters. */
export function evidenceSentence(evidence: unknown, lang: Lang): string {
  if (evidence === undefined || evidence === null) return '';
  if (typeof evidence !== 'object' || Array.isArray(evidence)) return String(value('', evidence, lang) ?? '');
  const parts: string[] = [];
  for (const [k, v] of Object.entries(evidence as Record<string, unknown>)) {
    if (SKIP.has(k)) continue;
    if (k === 'articles' && Array.isArray(v)) {
      const t = value(k, v, lang);
      if (t) parts.push(lang === 'en' ? `article ${t}` : `条款${t}`);
      continue;
    }
    const label = LABELS[k]?.[lang];
    if (!label) continue;
    const t = value(k, v, lang);
    if (t) parts.push(lang === 'en' ? `${label} ${t}` : `${label}${/^\d/.test(t) ? ' ' : ''}${t}`);
  }
  const text = parts.join(lang === 'en' ? '; ' : '；');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
