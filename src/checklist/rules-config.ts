/** Thresholds the rules use (hearing amounts, time limits, required evidence), from templates/rules-config.json. */
import { ConfigError } from '../errors.js';
import { tr } from '../i18n.js';
import { schemaValidator, describeSchemaError } from '../model/validate.js';
import { readTemplateJson } from '../util/paths.js';
import type { CaseType } from '../model/types.js';
import { readJsonFileSync } from '../util/json-input.js';

export interface RulesConfig {
  /** 较大数额罚款 for the hearing right (行政处罚法 第六十三条), set by each province: [practice] defaults */
  hearingFineIndividual: number;
  hearingFineUnit: number;
  /** penalty kinds that require the hearing right regardless of amount (substring match) */
  hearingPenaltyKinds: string[];
  /** legal review (法制审核) is mandatory when a hearing was held / when the hearing right was required */
  legalReviewWhenHearingHeld: boolean;
  legalReviewWhenHearingRequired: boolean;
  /** calendar days from filing to decision (行政处罚法 第六十条) */
  decisionLimitDays: number;
  /** working days from decision to service (第六十一条, 第八十五条) */
  serviceWorkingDays: number;
  /** working days from decision to publication (安全生产法 第七十八条) */
  publicationWorkingDays: number;
  /** calendar days after the rectification deadline within which the re-inspection must happen; null = only its absence is checked */
  reinspectionWindowDays: number | null;
  /** may the re-inspection precede the rectification deadline? [choice] default false (整改期满后复查) */
  reinspectionBeforeDeadlineAllowed: boolean;
  /** 重大违法行为 needing collective discussion (行政处罚法 第五十七条第二款): fines at or above these, yuan [choice] */
  collectiveDiscussionFineUnit: number;
  collectiveDiscussionFineIndividual: number;
  /** a case that went through a hearing is discussed collectively [practice] */
  collectiveDiscussionWhenHearingHeld: boolean;
  /** calendar days from service of the decision to payment (第六十七条第三款: 十五日) */
  paymentDays: number;
  /** working days from preserving evidence to its handling decision (第五十六条 七日, 第八十五条) */
  preservationWorkingDays: number;
  /** working days between the hearing notice (time and place) and the hearing (第六十四条第（二）项 七日) */
  hearingScheduleWorkingDays: number;
  /** working days after the hearing-right notice within which a request must be heard (第六十四条第（一）项 五日) */
  hearingRequestWorkingDays: number;
  /** limitation in years (第三十六条: 二年; 五年 when life/health is involved with harmful consequences) */
  limitationYears: number;
  limitationYearsHarm: number;
  /** 权力清单: per penalty provision (as the catalog key, e.g. 安全生产法 第九十七条), the unit levels that may exercise it; null = not configured */
  powerList: Record<string, string[]> | null;
  /** may the prior notice and the decision carry the same date? [choice] default false */
  noticeSameDayAllowed: boolean;
  /** evidence (or document titles) every file of a type must hold (substring match) */
  requiredEvidence: Partial<Record<CaseType, string[]>>;
}

/** Validate a rules-config object (whole or partial) and name the bad key. */
export function validateRulesConfig(data: unknown, file: string, partial = false): Partial<RulesConfig> {
  const v = schemaValidator('rules-config');
  if (!v(data)) {
    const e = describeSchemaError(v.errors![0]!);
    throw new ConfigError(tr(`${file}：规则参数 ${e.path} ${e.message}`, `${file}: rules setting ${e.path} ${e.message}`), { location: { file, path: e.path }, hint: tr('参见 templates/schema/rules-config.schema.json', 'see templates/schema/rules-config.schema.json') });
  }
  if (!partial) {
    const missing = ['hearingFineIndividual', 'hearingFineUnit', 'decisionLimitDays', 'serviceWorkingDays', 'publicationWorkingDays'].filter((k) => !(k in (data as object)));
    if (missing.length) throw new ConfigError(tr(`${file}：缺少规则参数 ${missing.join('、')}`, `${file}: missing rules settings ${missing.join(', ')}`), { location: { file, path: `$.${missing[0]}` } });
  }
  return data as Partial<RulesConfig>;
}

/** The bundled defaults, optionally overlaid with a user's file and a checklist's `settings`. */
export function loadRulesConfig(file?: string, overrides: Partial<RulesConfig> = {}): RulesConfig {
  const base = validateRulesConfig(readTemplateJson('rules-config.json'), 'templates/rules-config.json') as RulesConfig;
  let user: Partial<RulesConfig> = {};
  if (file) {
    const data = readJsonFileSync(file, { what: { zh: '规则参数文件', en: 'the rules settings file' }, kind: 'config' });
    user = validateRulesConfig(data, file, true);
  }
  const { $comment: _c, ...merged } = { ...base, ...user, ...overrides } as RulesConfig & { $comment?: string };
  return merged;
}
