/**
 * The run config: one file (config) < environment (CASEAUDIT_*) < command-line flags, merged in one function
 * and validated once against templates/schema/config.schema.json, with errors naming the key.
 */
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { tr, type Lang } from '../i18n.js';
import { describeSchemaError, schemaValidator } from '../model/validate.js';
import { SAMPLES_DIR } from '../util/paths.js';
import { readJson } from './inputs.js';
import type { CasePeriodDate } from '../sample/period.js';
import type { EscalationConfig } from '../followup/escalate.js';

export interface FailOn {
  meanScoreBelow?: number;
  failShareAbove?: number;
  vetoedAbove?: number;
  rejectedSchemesAbove?: number;
}

export interface AuditConfig {
  inputs: string[];
  /** case-file PDFs (files or folders): the inputs are the register; only the drawn cases' PDFs are read, after the draw */
  documents?: string[];
  seed?: string;
  period?: string;
  /** which date of a case file places it in the period (sample --period-date) */
  periodDate?: CasePeriodDate;
  preset?: string;
  rate?: string;
  min?: number;
  strata?: 'unit' | 'level' | 'city' | 'type' | 'none';
  /** how the inputs are read (the input flags of every command) */
  input?: { map?: string; duplicates?: 'error' | 'reject'; skipBad?: boolean; ocr?: 'auto' | 'off' | 'force' };
  /** only the units of this province or city (sample --scope) */
  scope?: string;
  checklist?: string[];
  reviews?: string[];
  /** cross-review: reviewers list, reviewers per file, conflict rule, assignment seed, filled sheets, chair's sheets */
  review?: { reviewers: string; perFile?: number; avoid?: 'unit' | 'city'; seed?: string; sheets?: string[]; chair?: string[] };
  schemes?: { enabled?: boolean; preset?: string; rate?: string; rules?: string };
  outputs?: { dir?: string; formats?: string[]; top?: number; perType?: boolean };
  language?: Lang;
  report?: { title?: string; ranBy?: string; addressee?: string };
  failOn?: FailOn;
  /** after the audit: rectification deadline, countermeasures, previous period, 通报/约谈 thresholds */
  followup?: { deadlineDays?: number; countermeasures?: string; previous?: string; escalation?: EscalationConfig };
  /** annual inspection plan (scoring: inspection-unplanned; report: 计划执行, 重复执法/执法缺位) and the overlap options */
  plan?: { file: string };
  overlap?: { window?: number; actions?: ('inspection' | 'penalty' | 'coercion' | 'reinspection')[] };
}

/** Flags of `caseaudit run` that override the config. */
export interface RunFlags {
  seed?: string;
  period?: string;
  output?: string;
  format?: string;
  lang?: Lang;
}

/** Environment variables read, in one place: CASEAUDIT_SEED, CASEAUDIT_PERIOD, CASEAUDIT_OUTPUT, CASEAUDIT_LANG. */
export const ENV_KEYS = { seed: 'CASEAUDIT_SEED', period: 'CASEAUDIT_PERIOD', output: 'CASEAUDIT_OUTPUT', lang: 'CASEAUDIT_LANG' } as const;

/** Validate a config object; the first problem is a ConfigError naming the key ($.failOn.meanScoreBelow). */
export function validateConfig(data: unknown, file: string): AuditConfig {
  const validate = schemaValidator('config');
  if (!validate(data)) {
    const e = describeSchemaError(validate.errors![0]!);
    throw new ConfigError(tr(`${file}：配置项 ${e.path} ${e.message}`, `${file}: config key ${e.path} ${e.message}`), {
      location: { file, path: e.path },
      hint: tr('参见 templates/schema/config.schema.json，或用 caseaudit init 生成示例配置', 'see templates/schema/config.schema.json, or write a starter with caseaudit init'),
    });
  }
  return data as AuditConfig;
}

/** A config path: @samples/… is the bundled samples folder; relative paths are relative to the config file. */
export function resolveConfigPath(p: string, baseDir: string): string {
  if (p.startsWith('@samples/') || p === '@samples') return path.join(SAMPLES_DIR, p.slice('@samples'.length));
  return path.resolve(baseDir, p);
}

/** Merge config < environment < flags, validate the result, and resolve every path. */
export function mergeConfig(config: unknown, file: string, env: NodeJS.ProcessEnv = process.env, flags: RunFlags = {}): AuditConfig {
  const base = validateConfig(config, file);
  const pick = <T>(...values: (T | undefined)[]) => values.reduce<T | undefined>((acc, v) => (v === undefined || v === '' ? acc : v), undefined);
  const merged: AuditConfig = {
    ...base,
    seed: pick(base.seed, env[ENV_KEYS.seed], flags.seed),
    period: pick(base.period, env[ENV_KEYS.period], flags.period),
    language: pick<Lang>(base.language, env[ENV_KEYS.lang] as Lang | undefined, flags.lang),
    outputs: {
      ...base.outputs,
      dir: pick(base.outputs?.dir, env[ENV_KEYS.output], flags.output),
      formats: flags.format ? flags.format.split(',').map((f) => f.trim()).filter(Boolean) : base.outputs?.formats,
    },
  };
  for (const k of Object.keys(merged) as (keyof AuditConfig)[]) if (merged[k] === undefined) delete merged[k];
  const checked = validateConfig(merged, `${file} + ${tr('环境变量和命令行参数', 'environment and flags')}`);
  const baseDir = path.dirname(path.resolve(file));
  const abs = (p: string) => resolveConfigPath(p, baseDir);
  return {
    ...checked,
    inputs: checked.inputs.map(abs),
    ...(checked.documents ? { documents: checked.documents.map(abs) } : {}),
    ...(checked.input ? { input: { ...checked.input, ...(checked.input.map ? { map: abs(checked.input.map) } : {}) } } : {}),
    checklist: checked.checklist?.map(abs),
    reviews: checked.reviews?.map(abs),
    review: checked.review ? { ...checked.review, reviewers: abs(checked.review.reviewers), sheets: checked.review.sheets?.map(abs), chair: checked.review.chair?.map(abs) } : undefined,
    schemes: checked.schemes ? { ...checked.schemes, rules: checked.schemes.rules ? abs(checked.schemes.rules) : undefined } : undefined,
    followup: checked.followup ? resolveFollowup(checked.followup, abs) : undefined,
    plan: checked.plan ? { file: abs(checked.plan.file) } : undefined,
    outputs: { ...checked.outputs, dir: outDir(base.outputs?.dir, env[ENV_KEYS.output], flags.output, abs) },
  };
}

/** Resolve the follow-up section's paths against the config file. */
function resolveFollowup(f: NonNullable<AuditConfig['followup']>, abs: (p: string) => string): AuditConfig['followup'] {
  const out = { ...f };
  if (f.countermeasures) out.countermeasures = abs(f.countermeasures);
  if (f.previous) out.previous = abs(f.previous);
  return out;
}

/** The output folder: a flag or CASEAUDIT_OUTPUT is relative to the working directory, the config's to the config. */
function outDir(fromConfig: string | undefined, fromEnv: string | undefined, fromFlag: string | undefined, abs: (p: string) => string): string {
  if (fromFlag) return path.resolve(fromFlag);
  if (fromEnv) return path.resolve(fromEnv);
  return abs(fromConfig ?? 'out');
}

/** Read, merge and validate a config file. */
export async function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env, flags: RunFlags = {}): Promise<AuditConfig> {
  return mergeConfig(await readJson(file, tr('配置', 'config')), file, env, flags);
}
