/** The fields an Excel column can fill, per record kind, with how a cell is read. Aliases live in templates/headers/. */
import { DATE_KEYS } from '../../model/types.js';
import type { RecordKind } from '../types.js';

export type FieldType = 'id' | 'text' | 'name' | 'date' | 'amount' | 'yesno' | 'list' | 'enum' | 'code';

export interface FieldSpec {
  /** canonical path in the record, e.g. `party.creditCode`, `dates.decided`; officer columns are special */
  field: string;
  type: FieldType;
  /** for enum fields: normalized label → value */
  values?: Record<string, string>;
}

const UNIT_LEVEL = { 省级: 'province', 省: 'province', 省厅: 'province', 省本级: 'province', province: 'province', 市级: 'city', 市: 'city', 设区市: 'city', 市本级: 'city', city: 'city', 县级: 'county', 县: 'county', 区: 'county', 县区: 'county', '县(市、区)': 'county', '县(市,区)': 'county', county: 'county' };
const CASE_TYPE = { 行政处罚: 'penalty', 处罚: 'penalty', 一般程序: 'penalty', penalty: 'penalty', 行政强制: 'coercion', 强制: 'coercion', 强制措施: 'coercion', 行政强制措施: 'coercion', coercion: 'coercion', 行政检查: 'inspection', 检查: 'inspection', 执法检查: 'inspection', 监督检查: 'inspection', 安全检查: 'inspection', 现场检查: 'inspection', inspection: 'inspection', 查封扣押: 'coercion', 查封: 'coercion', 扣押: 'coercion' };
// 双公示 行政相对人类别: 法人及非法人组织 / 自然人 / 个体工商户
const PARTY_KIND = { 单位: 'unit', 企业: 'unit', 法人: 'unit', 法人及非法人组织: 'unit', 法人或其他组织: 'unit', 非法人组织: 'unit', 其他组织: 'unit', 生产经营单位: 'unit', unit: 'unit', company: 'unit', organisation: 'unit', organization: 'unit', 个人: 'individual', 自然人: 'individual', 个体工商户: 'individual', 个体: 'individual', individual: 'individual', person: 'individual' };

const COMMON: FieldSpec[] = [
  { field: 'id', type: 'id' },
  { field: 'unit', type: 'name' },
  { field: 'unitLevel', type: 'enum', values: UNIT_LEVEL },
  { field: 'industry', type: 'text' },
  { field: 'officers', type: 'list' },
  { field: 'officerCerts', type: 'list' },
  { field: 'officerCertValidUntil', type: 'list' },
];

const CASE_FIELDS: FieldSpec[] = [
  ...COMMON,
  { field: 'city', type: 'name' },
  { field: 'unitCreditCode', type: 'code' },
  { field: 'type', type: 'enum', values: CASE_TYPE },
  { field: 'title', type: 'text' },
  { field: 'party.name', type: 'name' },
  { field: 'party.kind', type: 'enum', values: PARTY_KIND },
  { field: 'party.creditCode', type: 'code' },
  { field: 'party.address', type: 'text' },
  { field: 'facts', type: 'text' },
  { field: 'violatedArticles', type: 'list' },
  { field: 'penaltyArticles', type: 'list' },
  { field: 'penaltyKinds', type: 'list' },
  { field: 'fine', type: 'amount' },
  { field: 'evidence', type: 'list' },
  { field: 'documents', type: 'list' },
  ...DATE_KEYS.map((k): FieldSpec => ({ field: `dates.${k}`, type: 'date' })),
  { field: 'extensionApproved', type: 'yesno' },
  { field: 'creditPushed', type: 'yesno' },
  { field: 'referredToJudiciary', type: 'yesno' },
  { field: 'recorded', type: 'yesno' },
  { field: 'reasoningStated', type: 'yesno' },
  { field: 'paymentDeferred', type: 'yesno' },
  { field: 'certificateShown', type: 'yesno' },
  // inspection records: 三位一体 (启动会/总结会; who of the enterprise was present; experts), 互联网+监管, the plan
  { field: 'kickoffMeeting', type: 'yesno' },
  { field: 'summaryMeeting', type: 'yesno' },
  { field: 'attendees', type: 'list' },
  { field: 'present.principal', type: 'yesno' },
  { field: 'present.safetyManager', type: 'yesno' },
  { field: 'present.operator', type: 'yesno' },
  { field: 'experts', type: 'list' },
  { field: 'schemeId', type: 'id' },
  { field: 'supervisionNo', type: 'id' },
  { field: 'supervisionEntered', type: 'yesno' },
  { field: 'inAnnualPlan', type: 'yesno' },
  // the case-file PDF of the row (score/worksheet --documents read it for a drawn case)
  { field: 'documentFile', type: 'text' },
];

const SCHEME_FIELDS: FieldSpec[] = [
  ...COMMON,
  { field: 'target', type: 'name' },
  { field: 'inAnnualPlan', type: 'yesno' },
  { field: 'methods', type: 'list' },
  { field: 'items', type: 'list' },
  { field: 'experts', type: 'list' },
  { field: 'date', type: 'date' },
  { field: 'kickoffMeeting', type: 'yesno' },
  { field: 'summaryMeeting', type: 'yesno' },
];

/** Every field a column of this kind can map to, by name. */
export function fieldsOf(kind: RecordKind): Map<string, FieldSpec> {
  return new Map((kind === 'cases' ? CASE_FIELDS : SCHEME_FIELDS).map((f) => [f.field, f]));
}

/** Field names a mapping file may use to drop a column on purpose. */
export const IGNORE_FIELDS = new Set(['ignore', '-', '']);
