/** Sampling parameters from flags and a preset, checked once: kind, rate, floor, strata, period, seed. */
import { createHash, randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import type { Dataset } from '../model/types.js';
import type { RecordKind } from '../model/types.js';
import { loadPreset, type Preset } from './presets.js';
import { parseRate, type Rate } from './rate.js';
import { assertStrataKind, type StrataKind } from './strata.js';
import { parseCasePeriodDate, parsePeriod, type CasePeriodDate, type Period } from './period.js';

export interface SampleFlags {
  seed?: string;
  preset?: string;
  /** "0.3" or "30%" */
  rate?: string;
  min?: number | string;
  strata?: string;
  period?: string;
  /** cases: which date places a file in the period (decided, closed, filed, decided-or-closed) */
  periodDate?: string;
  kind?: RecordKind;
  /** limit the frame to one province's or city's units (name or code), its own unit excluded */
  scope?: string;
  /** floor per stratum (presets set it; verify re-draws with the manifest's) */
  stratumMin?: number;
  /** place units by the division table (presets set it; verify re-draws with the manifest's) */
  divisions?: boolean;
}

export interface SampleParams {
  seed: string;
  seedSource: 'given' | 'generated';
  preset: Preset | null;
  kind: RecordKind;
  rate: Rate | null;
  min: number | null;
  strata: StrataKind;
  period: Period | null;
  caseDate: CasePeriodDate;
  /** place units with the division table (city/level strata, scope) */
  divisions: boolean;
  stratumMin: number | null;
  /** --scope as given, or the preset's scope rule to infer one from the data */
  scope: { text: string } | { infer: 'province' | 'city' } | null;
  warnings: string[];
}

/** Resolve flags (flags win over the preset) against the dataset; usage errors name the flag. */
export function resolveParams(flags: SampleFlags, dataset: Dataset): SampleParams {
  const warnings: string[] = [];
  const preset = flags.preset ? loadPreset(flags.preset) : null;
  if (preset && flags.kind && flags.kind !== preset.kind) {
    throw new UsageError(tr(`预设 ${preset.id} 抽取 ${preset.kind}，与 --kind ${flags.kind} 矛盾`, `preset ${preset.id} draws ${preset.kind}, not --kind ${flags.kind}`));
  }
  const kind: RecordKind = flags.kind ?? preset?.kind ?? (dataset.cases.length === 0 && dataset.schemes.length > 0 ? 'schemes' : 'cases');
  const rateText = flags.rate ?? preset?.rate ?? null;
  const rate = rateText === null ? null : parseRate(rateText);
  const min = flags.min !== undefined ? parseMin(flags.min) : (preset?.min ?? null);
  if (!rate && min === null) {
    throw new UsageError(tr('请给出 --preset、--rate 或 --min', 'give --preset, --rate or --min'), { hint: 'caseaudit sample data.json --preset semiannual-cases --seed 2025 -o manifest.json' });
  }
  if (rate && rate.num === 0n && min === null) throw new UsageError(tr('抽样比例为 0 时须给出 --min', 'a rate of 0 needs --min'));
  const strata = assertStrataKind(flags.strata ?? preset?.strata ?? 'unit', kind);
  const period = flags.period ? parsePeriod(flags.period) : null;
  if (preset && period && period.kind !== preset.period) {
    warnings.push(tr(`预设 ${preset.id} 按${preset.period === 'year' ? '年' : '半年'}抽样，但 --period 为 ${period.id}`, `preset ${preset.id} is ${preset.period === 'year' ? 'yearly' : 'half-yearly'} but --period is ${period.id}`));
  }
  const caseDate = flags.periodDate ? parseCasePeriodDate(flags.periodDate) : kind === 'cases' ? (preset?.periodDate ?? 'decided') : 'decided';
  if (flags.periodDate && kind === 'schemes') {
    throw new UsageError(tr('--period-date 只用于案卷；检查方案按检查日期筛选', '--period-date is for case files; schemes are filtered by their inspection date'));
  }
  if (preset && !period) {
    warnings.push(tr(`未给出 --period：从全部${kind === 'cases' ? '案卷' : '检查方案'}中抽样，不按日期筛选`, `no --period: drawing from all ${kind}, with no date filter`));
  }
  let seed = flags.seed;
  let seedSource: SampleParams['seedSource'] = 'given';
  if (seed === undefined) {
    seed = generateSeed();
    seedSource = 'generated';
    warnings.push(
      tr(
        `未给出 --seed：已生成随机种子 ${seed} 并记入清单。正式抽样应事先确定种子并用 --seed 给出`,
        `no --seed given: generated seed ${seed} and recorded it in the manifest. Official draws should fix the seed in advance with --seed`,
      ),
    );
  } else if (isGeneratedSeed(seed)) {
    seedSource = 'generated'; // a seed the tool generated, given again to repeat the draw: still a generated seed
  } else if (!/^[\x21-\x7e\u00a0-\uffff][\x20-\x7e\u00a0-\uffff]*$/.test(seed) || seed.length > 200 || seed.trim() !== seed) {
    throw new UsageError(tr(`种子无效：${JSON.stringify(seed)}`, `invalid seed: ${JSON.stringify(seed)}`), {
      hint: tr('种子须为 1–200 个可打印字符，首尾无空格，例如 2025H1-南昌', 'a seed is 1–200 printable characters without leading/trailing spaces, e.g. 2025H1-nc'),
    });
  }
  const scopeText = flags.scope?.trim();
  const scope = scopeText ? { text: scopeText } : preset?.scope ? { infer: preset.scope } : null;
  const divisions = flags.divisions ?? (preset?.divisions === true || scope !== null || strata === 'city' || strata === 'level');
  const stratumMin = flags.stratumMin ?? preset?.stratumMin ?? null;
  if (stratumMin !== null && !(Number.isSafeInteger(stratumMin) && stratumMin > 0)) throw new UsageError(tr(`每层下限须为正整数：${stratumMin}`, `the floor per stratum must be a positive integer: ${stratumMin}`));
  return { seed, seedSource, preset, kind, rate, min, strata, period, caseDate, divisions, stratumMin, scope, warnings };
}

/**
 * A fresh seed from a secure source: 15 decimal digits, easy to read aloud and type — 11 random digits and 4
 * check digits (from SHA-256), so `verify` can tell a generated seed relabelled "given" in an edited manifest
 * (a seed typed by hand has that form by chance once in 10,000 15-digit seeds).
 */
export function generateSeed(): string {
  const body = (randomBytes(8).readBigUInt64BE(0) % 10n ** 11n).toString().padStart(11, '0');
  return body + seedCheck(body);
}

function seedCheck(body: string): string {
  return (createHash('sha256').update(`caseaudit-generated-seed:${body}`).digest().readUInt32BE(0) % 10_000).toString().padStart(4, '0');
}

/** Does the seed have the form generateSeed() gives (15 digits whose last 4 check the first 11)? */
export function isGeneratedSeed(seed: string): boolean {
  return /^\d{15}$/.test(seed) && seedCheck(seed.slice(0, 11)) === seed.slice(11);
}

function parseMin(v: number | string): number {
  const n = typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(tr(`--min 须为正整数：${v}`, `--min must be a positive integer: ${v}`));
  }
  return n;
}
