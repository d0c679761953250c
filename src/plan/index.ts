/** The plan stage: the annual inspection plan against the enforcement records — execution, overlaps, gaps. */
export * from './types.js';
export { readPlan, parseCsv, decodeCsv } from './read-plan.js';
export { nameKey, codeKey } from './names.js';
export { caseActions, actionDate, enterpriseKey } from './actions.js';
export { planEntryFor, matches as planEntryMatches } from './match.js';
export { executePlan, dueIn, PRO_RATA_RULE, type PlanResult, type UnitExecution, type NameMatch } from './execute.js';
export { findOverlaps, ACTION_KINDS, type OverlapResult, type Overlap, type Gap, type OverlapOptions } from './overlap.js';
