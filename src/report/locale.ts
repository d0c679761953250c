/** Every user-facing string of the reports, zh and en, in one place. */
import type { Lang, LocalText } from '../i18n.js';

export const STRINGS = {
  reportTitle: { zh: '安全生产行政执法案卷评查报告', en: 'Work-Safety Enforcement Case File Audit Report' },
  cover: { zh: '报告信息', en: 'About this report' },
  period: { zh: '评查期间', en: 'Period' },
  ranBy: { zh: '评查单位', en: 'Run by' },
  generatedAt: { zh: '生成时间', en: 'Generated' },
  toolVersion: { zh: '工具版本', en: 'Tool version' },
  seed: { zh: '随机种子', en: 'Seed' },
  algorithm: { zh: '抽样算法', en: 'Sampling algorithm' },
  preset: { zh: '抽样方案', en: 'Preset' },
  rate: { zh: '抽样比例', en: 'Rate' },
  min: { zh: '最少抽取', en: 'Minimum' },
  strata: { zh: '分层方式', en: 'Strata' },
  inputHashes: { zh: '输入文件及其 SHA-256', en: 'Input files and their SHA-256' },
  role: { zh: '用途', en: 'Role' },
  path: { zh: '文件', en: 'File' },
  sampleInput: { zh: '抽样输入', en: 'sample input' },
  notStated: { zh: '（未注明）', en: '(not stated)' },
  none: { zh: '无', en: 'none' },
  summary: { zh: '总体情况', en: 'Summary' },
  summaryText: {
    zh: '本次抽取案卷 {drawn} 件，评查 {scored} 件，平均得分 {mean} 分；其中优秀 {excellent} 件、良好 {good} 件、合格 {pass} 件、不合格 {fail} 件，触及否决项 {vetoed} 件。',
    en: '{drawn} case files were drawn and {scored} scored, with a mean score of {mean}: {excellent} excellent, {good} good, {pass} pass, {fail} fail; {vetoed} hit a veto item.',
  },
  notCheckedText: { zh: '另有 {n} 项检查因数据不足未能自动判定，需人工评查。', en: '{n} checks could not be decided from the data and are left to reviewers.' },
  gradeDistribution: { zh: '等次分布', en: 'Grade distribution' },
  byUnit: { zh: '各单位情况', en: 'By unit' },
  unit: { zh: '单位', en: 'Unit' },
  files: { zh: '案卷数', en: 'Files' },
  meanScore: { zh: '平均分', en: 'Mean score' },
  vetoed: { zh: '否决', en: 'Vetoed' },
  grade: { zh: '等次', en: 'Grade' },
  count: { zh: '件数', en: 'Count' },
  share: { zh: '占比', en: 'Share' },
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
  scoresByUnit: { zh: '各单位平均分', en: 'Mean score by unit' },
  problems: { zh: '多发频发问题', en: 'Frequent problems' },
  problemsText: {
    zh: '以下为评查中发现问题的检查项，按涉及案卷数排序（占比为占评查案卷总数的比例）。',
    en: 'Checklist items found failing, by the number of files affected (share of the files scored).',
  },
  problemsOverall: { zh: '总体', en: 'Overall' },
  problemsByUnit: { zh: '分单位', en: 'By unit' },
  rule: { zh: '检查项', en: 'Rule' },
  category: { zh: '类别', en: 'Category' },
  problem: { zh: '问题', en: 'Problem' },
  basis: { zh: '依据', en: 'Legal basis' },
  noProblems: { zh: '未发现问题。', en: 'No problems found.' },
  consistency: { zh: '处罚裁量一致性', en: 'Penalty consistency' },
  consistencyText: {
    zh: '按所引处罚条款归类同类案件，比较各单位罚款金额与法定幅度。同类案件不少于 {minGroup} 件时，以中位数和绝对中位差（MAD）计算稳健 z 值，|z| > {zLimit} 视为畸轻畸重；MAD 为 0 时，偏离中位数超过一半视为异常。超出法定幅度的罚款一律列出。',
    en: 'Cases citing the same penalty provision are compared with each other and with the statutory range. With at least {minGroup} cases, a fine whose robust z-score (median and MAD) exceeds {zLimit} in absolute value is listed as far lighter or heavier; when MAD is 0, a fine more than half the median away from it is listed. Fines outside the statutory range are always listed.',
  },
  article: { zh: '处罚条款', en: 'Penalty article' },
  statutoryRange: { zh: '法定幅度（元）', en: 'Statutory range (yuan)' },
  cases: { zh: '案件数', en: 'Cases' },
  minFine: { zh: '最低罚款', en: 'Lowest fine' },
  medianFine: { zh: '罚款中位数', en: 'Median fine' },
  maxFine: { zh: '最高罚款', en: 'Highest fine' },
  outOfRange: { zh: '超出幅度', en: 'Out of range' },
  outliers: { zh: '畸轻畸重案件', en: 'Outlying penalties' },
  caseId: { zh: '案号', en: 'Case number' },
  fine: { zh: '罚款（元）', en: 'Fine (yuan)' },
  zScore: { zh: '稳健 z 值', en: 'Robust z' },
  direction: { zh: '偏向', en: 'Direction' },
  lighter: { zh: '偏轻', en: 'lighter' },
  heavier: { zh: '偏重', en: 'heavier' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  noRange: { zh: '目录未载', en: 'not in catalog' },
  noFines: { zh: '数据中没有可比较的罚款。', en: 'No fines to compare in the data.' },
  noOutliers: { zh: '未发现畸轻畸重案件。', en: 'No outlying penalties found.' },
  needsDataset: { zh: '未提供数据集（--dataset），本节未计算。', en: 'No dataset given (--dataset): not computed.' },
  efficiency: { zh: '执法效能指标', en: 'Efficiency indicators' },
  efficiencyText: {
    zh: '根据统计范围内 {cases} 件案件的日期计算（截至 {asOf}）。“无法判定”为日期缺失或节假日日历未覆盖的案件，不计入分母。',
    en: 'Computed from the dates of the {cases} case records in scope (as of {asOf}). "Unknown" counts cases whose dates are missing or not covered by the holiday calendar; they are left out of the denominator.',
  },
  scopeText: {
    zh: '统计范围：{period}（{from} 至 {to}，按{dateField}归入期间）{place}的案件 {cases} 件；数据集共 {records} 件，期间外 {outOfPeriod} 件，无日期 {noDate} 件，范围外或本级 {outOfScope} 件，均未计入。',
    en: 'Scope: the {cases} case records of {period} ({from} to {to}, placed by {dateField}){place}; of {records} in the dataset, {outOfPeriod} outside the period, {noDate} without the date and {outOfScope} outside the scope or of its own unit are not counted.',
  },
  scopeAll: { zh: '统计范围：数据集中全部 {cases} 件案件（未限定期间）。', en: 'Scope: all {cases} case records of the dataset (no period).' },
  problemsScope: { zh: '以上基于本次抽取并评查的 {scored} 件案卷。', en: 'Based on the {scored} files drawn and scored.' },
  sampling: { zh: '抽样情况', en: 'The draw' },
  samplingText: {
    zh: '按{rule}抽样：{period}共有案卷 {records} 件，纳入抽样框 {frame} 件，抽取 {drawn} 件。',
    en: 'Drawn by {rule}: {records} files for {period}, {frame} in the frame, {drawn} drawn.',
  },
  samplingDrawn: { zh: '按{rule}抽样，抽取 {drawn} 件（抽样清单未记录抽样框）。', en: 'Drawn by {rule}: {drawn} drawn (the manifest does not record the frame).' },
  leftOutTitle: { zh: '未纳入抽样框的记录', en: 'Records not in the frame' },
  leftOutReason: { zh: '原因', en: 'Reason' },
  'out-of-period': { zh: '不在期间内', en: 'outside the period' },
  'missing-date': { zh: '缺少归入期间的日期', en: 'no date to place it in the period' },
  'out-of-scope': { zh: '不属于抽样范围的单位', en: 'units outside the scope' },
  'own-unit': { zh: '本级单位（不计入对下级的抽查）', en: 'the drawing body’s own unit (not a lower level)' },
  unplacedText: {
    zh: '下列执法单位无法从名称判断所属行政区划，其案卷单独成层：{units}。',
    en: 'These units could not be placed in a division from their names; their files form a stratum of their own: {units}.',
  },
  stratumTable: { zh: '各层抽取情况', en: 'Drawn per stratum' },
  stratum: { zh: '分层', en: 'Stratum' },
  population: { zh: '总数', en: 'N' },
  noWorkingDays: { zh: '未加载工作日日历，送达和公示及时率无法判定。', en: 'No working-day calendar loaded: service and publication timeliness not decided.' },
  indicator: { zh: '指标', en: 'Indicator' },
  numerator: { zh: '符合', en: 'Met' },
  denominator: { zh: '应计', en: 'In scope' },
  rateValue: { zh: '比率', en: 'Rate' },
  unknown: { zh: '无法判定', en: 'Unknown' },
  closedLoop: { zh: '整改闭环率（限期整改后复查）', en: 'Closed loop (re-inspected after rectification order)' },
  decisionOnTime: { zh: '立案后 90 日内作出决定', en: 'Decided within 90 days of filing' },
  serviceOnTime: { zh: '决定后 7 个工作日内送达', en: 'Served within 7 working days' },
  publicationOnTime: { zh: '决定后 7 个工作日内公示', en: 'Published within 7 working days' },
  legalReview: { zh: '法制审核覆盖率', en: 'Legal review coverage' },
  meanDays: { zh: '立案至决定平均天数', en: 'Mean days filed → decided' },
  hazardsNoFollowUp: { zh: '发现隐患未跟进的检查', en: 'Inspections with hazards, no follow-up' },
  schemes: { zh: '检查方案审核', en: 'Inspection scheme review' },
  schemesText: { zh: '抽查检查方案 {drawn} 份，通过 {approved} 份，驳回 {rejected} 份。', en: '{drawn} inspection schemes drawn: {approved} approved, {rejected} rejected.' },
  drawn: { zh: '抽查数', en: 'Drawn' },
  approved: { zh: '通过', en: 'Approved' },
  rejected: { zh: '驳回', en: 'Rejected' },
  reasons: { zh: '驳回及提示原因', en: 'Reasons' },
  severity: { zh: '性质', en: 'Severity' },
  reject: { zh: '驳回', en: 'reject' },
  warn: { zh: '提示', en: 'warning' },
  schemeCount: { zh: '方案数', en: 'Schemes' },
  rejectedList: { zh: '被驳回的方案', en: 'Rejected schemes' },
  scheme: { zh: '方案编号', en: 'Scheme' },
  target: { zh: '检查对象', en: 'Target' },
  noSchemes: { zh: '未提供方案审核结果（--schemes），本节未列出。', en: 'No scheme results given (--schemes).' },
  ranking: { zh: '优秀案卷推荐', en: 'Excellent case files' },
  rankingText: {
    zh: '参评条件：未触及否决项且等次为优秀。排序：得分从高到低；同分者实体性扣分项少者在前，再按问题总数少者在前；仍相同者并列。',
    en: 'Eligible: no veto and grade excellent. Order: score, then fewer substantive deductions, then fewer findings; files still equal share a rank.',
  },
  rank: { zh: '名次', en: 'Rank' },
  type: { zh: '类型', en: 'Type' },
  score: { zh: '得分', en: 'Score' },
  substantive: { zh: '实体扣分项', en: 'Substantive deductions' },
  findings: { zh: '问题数', en: 'Findings' },
  unitRanking: { zh: '单位排名', en: 'Unit ranking' },
  noEligible: { zh: '本次无符合条件的优秀案卷。', en: 'No file qualifies this time.' },
  details: { zh: '案卷评查明细', en: 'File details' },
  fileList: { zh: '案卷得分', en: 'Scores' },
  findingList: { zh: '扣分及问题', en: 'Findings' },
  notChecked: { zh: '未能判定项', en: 'Not checked' },
  deduction: { zh: '扣分', en: 'Deduction' },
  veto: { zh: '否决', en: 'Veto' },
  evidence: { zh: '事实依据', en: 'Evidence' },
  source: { zh: '来源', en: 'Source' },
  sheet: { zh: '表', en: 'sheet' },
  row: { zh: '行', en: 'row' },
  page: { zh: '页', en: 'p.' },
  penalty: { zh: '行政处罚', en: 'penalty' },
  coercion: { zh: '行政强制', en: 'coercion' },
  inspection: { zh: '监督检查', en: 'inspection' },
  subject: { zh: '执法主体', en: 'subject' },
  facts: { zh: '事实认定', en: 'facts' },
  evidenceCat: { zh: '证据', en: 'evidence' },
  legal: { zh: '法律适用', en: 'legal' },
  procedure: { zh: '程序', en: 'procedure' },
  discretion: { zh: '自由裁量', en: 'discretion' },
  documents: { zh: '文书', en: 'documents' },
  archive: { zh: '立卷归档', en: 'archive' },
  chartGrades: { zh: '等次分布', en: 'Grades' },
  chartUnits: { zh: '各单位平均分', en: 'Mean score by unit' },
  chartProblems: { zh: '多发问题（涉及案卷数）', en: 'Frequent problems (files)' },
  addressee: { zh: '各有关单位', en: 'To all units concerned' },
  issuer: { zh: '执法监督机构', en: 'Enforcement supervision office' },
  seq: { zh: '序号', en: 'No.' },
  field: { zh: '项目', en: 'Item' },
  value: { zh: '内容', en: 'Value' },
  minFiles: { zh: '不少于 {n} 份', en: 'at least {n}' },
  roleResults: { zh: '评查结果', en: 'scores' },
  roleSchemes: { zh: '方案审核结果', en: 'scheme review' },
  roleManifest: { zh: '抽样清单', en: 'sample manifest' },
  roleDataset: { zh: '数据集', en: 'dataset' },
  appendix: { zh: '附件', en: 'Appendix' },
  appendixNote: { zh: '明细表见附件{n}。', en: 'The full table is in appendix {n}.' },
  sealNote: { zh: '（盖章）', en: '(seal)' },
  contents: { zh: '目录', en: 'Contents' },
  truncated: { zh: '（本表仅列前 {shown} 行，共 {total} 行，完整数据见 report.xlsx 或 report.json。）', en: '(first {shown} of {total} rows; see report.xlsx or report.json for all)' },
} satisfies Record<string, LocalText>;

export type StringKey = keyof typeof STRINGS;

/** A report string in the given language, {placeholders} filled from params. */
export function s(key: StringKey, lang: Lang, params: Record<string, string | number | undefined> = {}): string {
  const text = STRINGS[key][lang];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}

const CATEGORY_KEYS: Record<string, StringKey> = {
  subject: 'subject',
  facts: 'facts',
  evidence: 'evidenceCat',
  legal: 'legal',
  procedure: 'procedure',
  discretion: 'discretion',
  documents: 'documents',
  archive: 'archive',
};

/** A checklist category label (unknown categories shown as written). */
export function categoryLabel(category: string, lang: Lang): string {
  const key = CATEGORY_KEYS[category];
  return key ? s(key, lang) : category;
}

/** A case type label (unknown types shown as written). */
export function typeLabel(type: string, lang: Lang): string {
  return type === 'penalty' || type === 'coercion' || type === 'inspection' ? s(type, lang) : type || s('notStated', lang);
}

/** A unit name, or "(not stated)" for the '' key. */
export function unitLabel(unit: string, lang: Lang): string {
  return unit || s('notStated', lang);
}

/** 0.8571 → "85.7%" */
export function pct(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** The date of an official document (GB/T 9704-2012 writes it in Arabic numerals): 2025年7月1日; en: 1 July 2025. */
export function officialDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`;
  return `${y}年${m}月${d}日`;
}
