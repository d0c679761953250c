/**
 * The programmatic API: one function per command (typed options with a Context in, values out; nothing printed,
 * nothing exited), the Context, the run config, and what the CLI prints with. src/index.ts re-exports it.
 */
export { createContext, inContext, type Context, type ContextOptions, type WithContext } from './context.js';
export * from './commands.js';
export { runImport, type ImportOptions } from './import.js';
export { runAudit, type AuditOptions, type AuditResult } from './audit.js';
export { runDemo, demoConfig, type DemoOptions, type DemoResult } from './demo.js';
export { runInit, starterConfig } from './init.js';
export { runReport, analyzeInputs, writeReport, type ReportOptions, type ReportResult } from './report.js';
export { runRank, rankResults, type RankRunOptions } from './rank.js';
export { runRectify, runCollect, deadlineAfter, type RectifyOptions, type RectifyResult, type CollectRunOptions } from './rectify.js';
export { runPlan, runOverlap, type PlanRunOptions, type OverlapRunOptions } from './plan.js';
export { loadConfig, mergeConfig, validateConfig, ENV_KEYS, type AuditConfig, type RunFlags, type FailOn } from './config.js';
export { loadReportInputs, type LoadedInputs } from './inputs.js';
export type { Crossed } from './fail-on.js';
export type { Manifest } from '../model/manifest.js';
export type { ScoreResult, FileResult } from '../score/types.js';
export type { ScoreRunOptions } from '../score/run.js';
export type { SampleOptions, SampleResult } from '../sample/run.js';
export type { SchemesOptions, SchemesRun } from '../schemes/run.js';
export type { AssignOptions, AssignResult } from '../review/index.js';
export type { Commitment } from '../sample/commitment.js';
export type { RectificationStatus } from '../followup/types.js';
export type { OverlapResult, PlanResult } from '../plan/types.js';
export * from './support.js';
