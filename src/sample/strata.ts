/** Strata: which field splits the sampling frame, and the normalised key each record falls under. */
import { nameKey } from '../model/keys.js';
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import type { CaseFile, Scheme } from '../model/types.js';
import type { RecordKind } from '../model/types.js';

export const STRATA_KINDS = ['unit', 'level', 'city', 'type', 'none'] as const;
export type StrataKind = (typeof STRATA_KINDS)[number];

/** The key of records whose stratum field is empty (they are drawn from, never dropped). */
export const MISSING_STRATUM = '(none)';
/** The one stratum of `--strata none`. */
export const ALL_STRATUM = 'all';

const keyMemo = new Map<string, string>();
/** A stratum key: NFKC (full-width → half-width) with all whitespace removed; empty → (none). */
export function stratumKey(value: string | undefined): string {
  const v = value ?? '';
  let k = keyMemo.get(v); // a frame has a million records but a few hundred units
  if (k === undefined) {
    k = nameKey(v);
    if (k === '') k = MISSING_STRATUM;
    if (keyMemo.size >= 10_000) keyMemo.clear();
    keyMemo.set(v, k);
  }
  return k;
}

/** Check that a strata rule applies to a record kind (schemes have no case type). */
export function assertStrataKind(by: string, kind: RecordKind): StrataKind {
  if (!(STRATA_KINDS as readonly string[]).includes(by)) {
    throw new UsageError(tr(`未知的分层方式：${by}`, `unknown strata: ${by}`), { hint: `--strata ${STRATA_KINDS.join('|')}` });
  }
  if (by === 'type' && kind === 'schemes') {
    throw new UsageError(tr('检查方案没有案件类型，不能按 type 分层', 'schemes have no case type: they cannot be stratified by type'), {
      hint: '--strata unit|level|city|none',
    });
  }
  return by as StrataKind;
}

/** The stratum key of one record under a strata rule. */
export function stratumOf(record: CaseFile | Scheme, by: StrataKind): string {
  switch (by) {
    case 'unit':
      return stratumKey(record.unit);
    case 'level':
      return stratumKey(record.unitLevel);
    case 'city':
      return stratumKey('city' in record ? record.city : undefined);
    case 'type':
      return stratumKey('type' in record ? record.type : undefined);
    case 'none':
      return ALL_STRATUM;
  }
}
