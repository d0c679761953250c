/**
 * `runAudit`: the whole assessment from one config — import → sample → score → schemes → report → rank —
 * calling each stage's run*() function. Every stage writes into a staging folder next to the output folder;
 * only when all stages succeed are the files moved into place, so a failed run leaves nothing half-written.
 */
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { runImport } from './import.js';
import { hashInputs, runSample } from '../sample/run.js';
import { runSchemes } from '../schemes/run.js';
import { assertNoFilledSheets, runScore, runWorksheet } from '../score/run.js';
import { ingestWithOcr } from '../ocr/ingest-ocr.js';
import { readDrawnDocuments, type DocumentsRead } from '../ocr/read-documents.js';
import type { CaseFile, DocumentsSummary } from '../model/types.js';
import { crossReview } from './cross-review.js';
import type { OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { getLang, tr, withLang } from '../i18n.js';
import { sourceDate } from '../util/time.js';
import { appendAll } from '../util/arrays.js';
import { sweepStale, trackTemp, untrackTemp } from '../util/cleanup.js';
import type { AuditConfig } from './config.js';
import { loadReportInputs } from './inputs.js';
import { analyzeInputs, writeReport } from './report.js';
import { runRank } from './rank.js';
import { checkFailOn, type Crossed } from './fail-on.js';
import { attachFollowup } from './followup-report.js';
import { rectifyStage, removeStaleRectify } from './followup-run.js';
import type { ScoreSummary } from '../analyze/summary.js';
import type { SchemeOutcome } from '../analyze/scheme-outcome.js';

export interface AuditOptions {
  onProgress?: (message: string) => void;
  /** OCR for scanned PDF inputs (--ocr, --ocr-engine, --ocr-cache) */
  ocr?: Pick<OcrIngestOptions, 'ocr' | 'ocrEngine' | 'ocrCache'>;
  /** defaults to SOURCE_DATE_EPOCH or now */
  date?: Date;
  /** overwrite worksheets in the output folder that hold reviewer entries */
  force?: boolean;
}

export interface AuditResult {
  outDir: string;
  seed?: string;
  files: string[];
  cases: number;
  schemes: number;
  drawn: number;
  summary: ScoreSummary;
  schemeOutcome?: SchemeOutcome;
  ranked: number;
  failOn: Crossed[];
  /** warnings of the stages (e.g. a generated seed, records without a date) */
  warnings: string[];
  /** config documents: what was read of the case-file PDFs (as results.json's `documents`) */
  documents?: DocumentsSummary;
  /** 0 passed, 1 a failOn threshold was crossed */
  exitCode: 0 | 1;
}

/** Move every file of the staging folder into outDir (keeping sub-folders); returns the final paths. */
async function publish(stage: string, outDir: string): Promise<string[]> {
  const moved: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await fsp.readdir(path.join(stage, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) await walk(r);
      else {
        await fsp.mkdir(path.dirname(path.join(outDir, r)), { recursive: true });
        await fsp.rename(path.join(stage, r), path.join(outDir, r));
        moved.push(path.join(outDir, r));
      }
    }
  };
  await fsp.rm(path.join(outDir, 'notices'), { recursive: true, force: true }); // no stale notices from an earlier run
  await walk('');
  return moved;
}

/** Run the configured audit (a config already merged and validated by loadConfig). */
export async function runAudit(cfg: AuditConfig, opts: AuditOptions = {}): Promise<AuditResult> {
  return withLang(cfg.language ?? getLang(), () => audit(cfg, opts));
}

/**
 * The stages, in the scope of the config's language. The raw inputs are parsed once (import, which streams
 * dataset.json) and dataset.json is read back once; that one dataset goes to the draws, the scoring, the
 * worksheets, the scheme review and the report (before: the raw inputs parsed 3 times, dataset.json 4).
 */
async function audit(cfg: AuditConfig, opts: AuditOptions): Promise<AuditResult> {
  const lang = getLang();
  const progress = opts.onProgress ?? (() => {});
  const date = opts.date ?? sourceDate();
  const outDir = cfg.outputs?.dir ?? path.resolve('out');
  await fsp.mkdir(path.dirname(outDir), { recursive: true });
  await sweepStale(path.dirname(outDir)); // staging folders of a killed run (dead PID) go first
  // the PID in the name lets a later run recognise this folder as stale if this one is killed (cleanup.ts)
  const stage = await fsp.mkdtemp(path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging-${process.pid}-`));
  trackTemp(stage); // removed on Ctrl-C / SIGTERM
  const at = (name: string) => path.join(stage, name);
  try {
    progress(tr('1/6 导入数据…', '1/6 importing the inputs…'));
    // config.input: the input flags of every command (keys starting with $ are comments); OCR flags given on the
    // command line win over it
    const fromConfig = Object.fromEntries(Object.entries(cfg.input ?? {}).filter(([k]) => !k.startsWith('$'))) as NonNullable<AuditConfig['input']>;
    const fromFlags = Object.fromEntries(Object.entries(opts.ocr ?? {}).filter(([, v]) => v !== undefined));
    const read = { ...fromConfig, ...fromFlags } as NonNullable<AuditConfig['input']> & NonNullable<AuditOptions['ocr']>;
    const imported = await runImport(cfg.inputs, { ...read, output: at('dataset.json'), keepRecords: false, onProgress: progress });
    const dataset = [at('dataset.json')];
    // read back as every later stage would read it (the JSON reader's checks), once
    const { dataset: data } = await ingestWithOcr(dataset, {});
    const inputHashes = await hashInputs(cfg.inputs); // recorded by both draws

    progress(tr('2/6 抽取案卷…', '2/6 drawing the case files…'));
    const sample = { seed: cfg.seed, period: cfg.period, periodDate: cfg.periodDate, preset: cfg.preset, rate: cfg.rate, min: cfg.min, strata: cfg.strata, scope: cfg.scope };
    const drawn = await runSample(cfg.inputs, { ...sample, ...read, dataset: data, inputHashes, kind: 'cases', output: at('manifest-cases.json'), xlsx: at('manifest-cases.xlsx') });
    for (const w of drawn.warnings) progress(`  ${w}`); // what left the frame, said when the draw is made (and again at the end)
    const warnings = [...(imported.ocrMissing ? [imported.ocrMissing.reason] : []), ...drawn.warnings];

    // config documents: the inputs were the register; now only the drawn cases' case-file PDFs are read (OCR'd)
    let documentsRead: DocumentsRead | undefined;
    if (cfg.documents?.length) {
      progress(tr(`读取抽中案卷的 PDF（${drawn.manifest.selected.length} 份）…`, `reading the case-file PDFs of the ${drawn.manifest.selected.length} drawn files…`));
      documentsRead = await readDrawnDocuments(cfg.documents, drawn.records as CaseFile[], data.cases, { ...read, onProgress: progress });
    }
    const withDocuments = documentsRead ? { documentsRead } : {};

    progress(tr('3/6 评查打分…', '3/6 scoring the drawn files…'));
    const review = cfg.review ? await crossReview(cfg, { dataset, data, manifest: at('manifest-cases.json'), stage, outDir, drawSeed: drawn.manifest.seed, force: opts.force, progress, ...withDocuments }) : undefined;
    if (review) appendAll(warnings, review.warnings);
    const reviews = [...(cfg.reviews ?? []), ...(cfg.review?.sheets ?? [])];
    const scored = await runScore(dataset, { dataset: data, sample: at('manifest-cases.json'), derivedInputs: true, checklists: cfg.checklist, plan: cfg.plan?.file, reviews, chair: cfg.review?.chair, ...(review ? { assignment: at('assignment.json') } : {}), output: at('results.json'), emptyReviewFoldersWarn: true, ...(reviews.length ? { adjudicationSheet: at('adjudication.xlsx') } : {}), ...withDocuments });
    appendAll(warnings, scored.warnings);
    if (scored.result.summary.unresolved) warnings.push(tr(`${scored.result.summary.unresolved} 项评查意见不一致，待评查组长在 adjudication.xlsx 中裁定（review.chair）`, `${scored.result.summary.unresolved} disagreements wait for the chair's ruling in adjudication.xlsx (review.chair)`));
    if (!review) {
      await assertNoFilledSheets([path.join(outDir, 'review.xlsx')], opts.force);
      await runWorksheet(dataset, { dataset: data, sample: at('manifest-cases.json'), derivedInputs: true, checklists: cfg.checklist, plan: cfg.plan?.file, output: at('review.xlsx'), ...withDocuments }); // for reviewers' manual items
    }

    const withSchemes = cfg.schemes?.enabled !== false && data.schemes.length > 0;
    if (withSchemes) {
      progress(tr('4/6 抽查并审核检查方案…', '4/6 drawing and reviewing inspection schemes…'));
      const s = cfg.schemes ?? {};
      const drawnSchemes = await runSample(cfg.inputs, { ...read, dataset: data, inputHashes, seed: cfg.seed, period: cfg.period, preset: s.preset ?? 'semiannual-schemes', rate: s.rate, kind: 'schemes', output: at('manifest-schemes.json'), xlsx: at('manifest-schemes.xlsx') });
      appendAll(warnings, drawnSchemes.warnings);
      await runSchemes(dataset, { dataset: data, sample: at('manifest-schemes.json'), derivedInputs: true, rules: s.rules, output: at('schemes.json'), notices: at('notices'), lang, issuer: cfg.report?.ranBy, date });
    }

    progress(tr('5/6 生成报告…', '5/6 writing the report…'));
    const inputs = await loadReportInputs({ results: at('results.json'), schemes: withSchemes ? at('schemes.json') : undefined, manifest: at('manifest-cases.json'), dataset: at('dataset.json') }, { dataset: data });
    for (const s of inputs.sources) s.path = path.basename(s.path);
    const analysis = analyzeInputs(inputs, { title: cfg.report?.title, period: cfg.period, ranBy: cfg.report?.ranBy, checklists: cfg.checklist, date });
    await attachFollowup(analysis, inputs.dataset, { previous: cfg.followup?.previous, countermeasures: cfg.followup?.countermeasures, checklists: cfg.checklist, plan: cfg.plan?.file, overlapWindow: cfg.overlap?.window, overlapActions: cfg.overlap?.actions }, lang);
    for (const s of analysis.cover.sources) s.path = path.basename(s.path); // the previous period and the plan too
    await writeReport(analysis, { formats: cfg.outputs?.formats ?? ['html', 'md', 'xlsx', 'docx', 'json'], outDir: stage, lang, date, title: cfg.report?.title, period: cfg.period, addressee: cfg.report?.addressee, issuer: cfg.report?.ranBy });

    progress(tr('6/6 优秀案卷排名…', '6/6 ranking excellent files…'));
    const ranked = await runRank([at('results.json')], { top: cfg.outputs?.top, perType: cfg.outputs?.perType, outDir: stage, lang });

    if (cfg.followup) {
      await rectifyStage(cfg, { stage, outDir, lang, date, progress });
      await removeStaleRectify(outDir);
    }

    const files = await publish(stage, outDir);
    const crossed = checkFailOn(cfg.failOn, analysis.summary, analysis.schemes, analysis.files);
    const result: AuditResult = {
      outDir,
      files,
      cases: data.cases.length,
      schemes: data.schemes.length,
      drawn: drawn.manifest.selected.length,
      summary: analysis.summary,
      ranked: ranked.ranking.ranking.length,
      failOn: crossed,
      warnings,
      exitCode: crossed.some((c) => !c.undecided) ? 1 : 0,
    };
    if (drawn.manifest.seed) result.seed = drawn.manifest.seed;
    if (documentsRead) result.documents = documentsRead.summary;
    if (analysis.schemes) result.schemeOutcome = analysis.schemes;
    return result;
  } finally {
    await fsp.rm(stage, { recursive: true, force: true });
    untrackTemp(stage);
  }
}
