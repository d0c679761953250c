/** The sampling frame: records of one kind, filtered by period and scope, each with its stratum key. */
import type { CaseFile, Dataset, Scheme } from '../model/types.js';
import type { Manifest, ManifestExclusion, ManifestScope, ManifestUnplaced } from '../model/manifest.js';
import type { RecordKind } from '../ingest/types.js';
import { inPeriod, periodDate, periodDateField, type CasePeriodDate, type Period } from './period.js';
import { stratumOf, stratumKey, MISSING_STRATUM, type StrataKind } from './strata.js';
import { inScope, placeRecords, type Place } from '../model/divisions-places.js';
import type { Division } from '../model/divisions.js';
import type { FrameItem } from './draw.js';

export interface Frame {
  /** the records drawn from, in dataset order */
  records: (CaseFile | Scheme)[];
  items: FrameItem[];
  filters: Manifest['filters'];
  excluded: ManifestExclusion[];
  /** units of the frame that could not be placed (with divisions) */
  unplaced: ManifestUnplaced[];
  /** the dates seen for the period filter, first and last (for the message when nothing is left) */
  dateRange?: [string, string];
}

export interface FrameOptions {
  kind: RecordKind;
  by: StrataKind;
  period: Period | null;
  caseDate?: CasePeriodDate;
  /** place units with the division table when they carry no city/level of their own */
  divisions?: boolean;
  /** keep only this province's or city's units, and leave out its own unit (listed) */
  scope?: ManifestScope | ((places: Place[], province?: Division) => ManifestScope);
}

/** Build the frame: records of `kind`, minus those outside the period or scope; records without the date or of the scope's own unit are excluded and listed. */
export function buildFrame(dataset: Dataset, o: FrameOptions): Frame & { scope?: ManifestScope } {
  const { kind, period } = o;
  const caseDate = o.caseDate ?? 'decided';
  const all: (CaseFile | Scheme)[] = kind === 'cases' ? dataset.cases : dataset.schemes;
  const dated: (CaseFile | Scheme)[] = [];
  const excluded: ManifestExclusion[] = [];
  let outOfPeriod = 0;
  let lo: string | undefined;
  let hi: string | undefined;
  for (const r of all) {
    if (period) {
      const d = periodDate(r, kind, caseDate);
      if (!d) {
        excluded.push(exclusion(r, 'missing-date'));
        continue;
      }
      const day = d.slice(0, 10);
      if (lo === undefined || day < lo) lo = day;
      if (hi === undefined || day > hi) hi = day;
      if (!inPeriod(d, period)) {
        outOfPeriod++;
        continue;
      }
    }
    dated.push(r);
  }
  const missingDate = excluded.length;
  let records = dated;
  let places: Place[] | undefined;
  let unplaced: ManifestUnplaced[] = [];
  let scope: ManifestScope | undefined;
  let outOfScope = 0;
  let ownUnit = 0;
  if (o.divisions) {
    const placed = placeRecords(dated);
    places = dated.map((r) => placed.of(r));
    scope = typeof o.scope === 'function' ? o.scope(places, placed.province) : o.scope;
    if (scope) {
      const kept: (CaseFile | Scheme)[] = [];
      const keptPlaces: Place[] = [];
      dated.forEach((r, i) => {
        const p = places![i]!;
        if (!inScope(p, scope!)) outOfScope++;
        else if (p.ownOf === scope!.code) {
          ownUnit++;
          excluded.push({ ...exclusion(r, 'own-unit'), ...(r.unit ? { unit: r.unit } : {}) });
        } else {
          kept.push(r);
          keptPlaces.push(p);
        }
      });
      records = kept;
      places = keptPlaces;
    }
    const perUnit = new Map<string, number>();
    for (const r of records) perUnit.set((r.unit ?? '').trim(), (perUnit.get((r.unit ?? '').trim()) ?? 0) + 1);
    unplaced = placed.unplaced.filter((u) => perUnit.has(u.unit)).map((u) => ({ ...u, records: perUnit.get(u.unit)! }));
  }
  const items = records.map((r, i) => ({ id: r.id, stratum: places ? placedStratum(r, places[i]!, o.by) : stratumOf(r, o.by) }));
  return {
    records,
    items,
    filters: {
      period: period?.id ?? null,
      from: period?.from ?? null,
      to: period?.to ?? null,
      dateField: period ? periodDateField(kind, caseDate) : null,
      records: all.length,
      outOfPeriod,
      missingDate,
      ...(scope ? { outOfScope, ownUnit } : {}),
      frame: records.length,
    },
    excluded,
    unplaced,
    ...(lo && hi ? { dateRange: [lo, hi] as [string, string] } : {}),
    ...(scope ? { scope } : {}),
  };
}

/** The stratum key with divisions: city and level come from the record's place. */
function placedStratum(r: CaseFile | Scheme, p: Place, by: StrataKind): string {
  if (by === 'city') return p.city ? stratumKey(p.city) : MISSING_STRATUM;
  if (by === 'level') return p.level ? stratumKey(p.level) : MISSING_STRATUM;
  return stratumOf(r, by);
}

function exclusion(r: CaseFile | Scheme, reason: ManifestExclusion['reason']): ManifestExclusion {
  return {
    id: r.id,
    reason,
    file: r.source.file,
    ...(r.source.sheet ? { sheet: r.source.sheet } : {}),
    ...(r.source.row !== undefined ? { row: r.source.row } : {}),
  };
}
