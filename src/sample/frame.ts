/** The sampling frame: records of one kind, filtered by period, each with its stratum key. */
import type { CaseFile, Dataset, Scheme } from '../model/types.js';
import type { Manifest, ManifestExclusion } from '../model/manifest.js';
import type { RecordKind } from '../ingest/types.js';
import { inPeriod, periodDate, periodDateField, type CasePeriodDate, type Period } from './period.js';
import { stratumOf, type StrataKind } from './strata.js';
import type { FrameItem } from './draw.js';

export interface Frame {
  /** the records drawn from, in dataset order */
  records: (CaseFile | Scheme)[];
  items: FrameItem[];
  filters: Manifest['filters'];
  excluded: ManifestExclusion[];
}

/** Build the frame: records of `kind`, minus those outside the period; records without the date are excluded and listed. */
export function buildFrame(dataset: Dataset, kind: RecordKind, by: StrataKind, period: Period | null, caseDate: CasePeriodDate = 'decided'): Frame {
  const all: (CaseFile | Scheme)[] = kind === 'cases' ? dataset.cases : dataset.schemes;
  const records: (CaseFile | Scheme)[] = [];
  const excluded: ManifestExclusion[] = [];
  let outOfPeriod = 0;
  for (const r of all) {
    if (period) {
      const d = periodDate(r, kind, caseDate);
      if (!d) {
        excluded.push({
          id: r.id,
          reason: 'missing-date',
          file: r.source.file,
          ...(r.source.sheet ? { sheet: r.source.sheet } : {}),
          ...(r.source.row !== undefined ? { row: r.source.row } : {}),
        });
        continue;
      }
      if (!inPeriod(d, period)) {
        outOfPeriod++;
        continue;
      }
    }
    records.push(r);
  }
  return {
    records,
    items: records.map((r) => ({ id: r.id, stratum: stratumOf(r, by) })),
    filters: {
      period: period?.id ?? null,
      from: period?.from ?? null,
      to: period?.to ?? null,
      dateField: period ? periodDateField(kind, caseDate) : null,
      records: all.length,
      outOfPeriod,
      missingDate: excluded.length,
      frame: records.length,
    },
    excluded,
  };
}
