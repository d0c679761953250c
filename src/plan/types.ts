/** The enforcement-plan contracts: plan entries, inspections, plan execution (templates/schema/plan-result.schema.json), overlaps. */
import type { UnitLevel } from '../model/types.js';

/** One enterprise of the annual inspection plan, for one enforcing unit. */
export interface PlanEntry {
  name: string;
  creditCode?: string;
  industry?: string;
  /** 重点 (key) or 一般 (general) enterprise, when the plan says */
  category?: 'key' | 'general';
  unit: string;
  /** inspections planned in the year */
  planned: number;
  /** planned months 1–12, when the plan lists them */
  months?: number[];
  source: { file: string; sheet?: string; row?: number };
}

/** One enforcement action on an enterprise, from a case record. */
export interface Action {
  caseId: string;
  unit: string;
  level?: UnitLevel;
  kind: 'inspection' | 'penalty' | 'coercion' | 'reinspection';
  date: string;
  name?: string;
  creditCode?: string;
  /** a re-inspection of the unit's own rectification order (never an overlap) */
  ownOrder?: boolean;
}

export interface EnterpriseRef {
  creditCode: string | null;
  name: string;
  unit: string;
}
