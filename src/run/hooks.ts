/** What the analysis borrows from other stages: the working-day calendar and the law catalog's fine ranges. */
import type { AnalysisOptions } from '../analyze/index.js';

/** Calendar and fine-range lookups for the analysis (each left out when its data is not available). */
export function analysisHooks(): Pick<AnalysisOptions, 'workingDays' | 'rangeOf' | 'articleKey'> {
  return {};
}
