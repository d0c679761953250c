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

export interface NameMatch {
  unit: string;
  caseId: string;
  planName: string;
  caseName: string;
  creditCode: string | null;
  /** the names are equal as written (only the credit code was missing on one side) */
  exact: boolean;
}

export interface UnitExecution {
  unit: string;
  plannedEnterprises: number;
  inspectedEnterprises: number;
  /** inspections due in the period (pro rata), 2 decimals */
  plannedInspections: number;
  /** inspections of planned enterprises done in the period */
  inspections: number;
  executionRate: number | null;
  missed: number;
  unplanned: number;
  under: number;
  over: number;
}

export type Ref = { creditCode: string | null; name: string; unit: string };

export interface PlanResult {
  schemaVersion: 1;
  period: { id: string; from: string; to: string };
  rule: string;
  units: UnitExecution[];
  missed: (Ref & { category: 'key' | 'general' | null; due: number; inspectedByOthers: string[] })[];
  unplanned: (Ref & { cases: string[]; inPlanOf: string[] })[];
  under: (Ref & { due: number; done: number })[];
  over: (Ref & { due: number; done: number })[];
  nameMatches: NameMatch[];
}

export interface OverlapCase {
  id: string;
  unit: string;
  level: string | null;
  date: string;
  kind: Action['kind'];
}

export interface Overlap {
  creditCode: string | null;
  name: string;
  units: string[];
  levels: string[];
  cases: OverlapCase[];
}

export interface Gap {
  creditCode: string | null;
  name: string;
  unit: string;
  industry: string | null;
}

export interface OverlapResult {
  schemaVersion: 1;
  windowDays: number;
  actions: Action['kind'][];
  period: { id: string; from: string; to: string } | null;
  overlaps: Overlap[];
  /** key enterprises of the plan not inspected by any unit in the period (null without a plan) */
  gaps: Gap[] | null;
}
