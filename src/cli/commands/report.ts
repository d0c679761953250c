/** `caseaudit report`: the audit report (html, md, xlsx, docx, json) from score, scheme and sample results. */
import { Command, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { withCommonOptions, Ui, type CommonOptions } from '../common.js';
import { FORMATS, report, tr } from '../../api/index.js';

type Opts = CommonOptions & { format: string; by?: string; checklist?: string[] } & Partial<Record<'schemes' | 'manifest' | 'dataset' | 'title' | 'period' | 'addressee' | 'previous' | 'rectification' | 'countermeasures' | 'plan', string>> & { overlapWindow?: number; overlapActions?: string };

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('report')
      .description('write the audit report from score results (and scheme results, manifest, dataset)')
      .argument('<results>', 'score results JSON (caseaudit score -o results.json)')
      .option('--schemes <file>', 'scheme review results JSON')
      .option('--manifest <file>', 'sample manifest JSON (cover: seed, algorithm, input hashes)')
      .option('--dataset <file>', 'dataset JSON (consistency of fines, efficiency indicators, provenance)')
      .option('--format <list>', `comma-separated formats: ${FORMATS.join(',')} (focus: the stand-alone problem-focus briefing, focus.docx + focus.md)`, FORMATS.join(','))
      .option('--previous <file>', 'previous period results.json or report.json: every indicator with its change, recurring problems (反复出现)')
      .option('--rectification <file>', 'status.json of caseaudit rectify --collect: adds 整改情况')
      .option('--plan <file>', 'annual inspection plan (needs --dataset): adds 计划执行 and 重复执法/执法缺位')
      .option('--overlap-window <days>', 'with --plan: days between two units\' actions that count as overlapping (default 30)', (v: string) => {
        if (!/^\s*\d+\s*$/.test(v)) throw new InvalidArgumentError(tr(`不是天数：${v}`, `not a whole number of days: ${v}`));
        return Number(v);
      })
      .option('--overlap-actions <list>', 'with --plan: inspection,penalty,coercion,reinspection (default inspection,penalty,coercion)')
      .option('--countermeasures <file>', 'countermeasures per rule for the problem focus (default templates/countermeasures.json)')
      .option('--checklist <files...>', 'checklist files used for scoring (their titles name the problems)')
      .option('--title <text>', 'report title')
      .option('--period <text>', 'the report period, e.g. 2025H1: cover, title, and the records consistency and efficiency count (wins over the manifest’s)')
      .option('--by <unit>', 'who ran the audit (cover and 落款 of the docx)')
      .option('--addressee <text>', '主送: to whom the docx is addressed')
      .addHelpText('after', '\nExample:\n  caseaudit report results.json --schemes schemes.json --manifest manifest.json --dataset dataset.json -o report/'),
    'output folder (default ./report)',
  ).action(async (results: string, opts: Opts) => {
    const ui = new Ui(opts);
    const outDir = path.resolve(opts.output ?? 'report');
    const r = await report({ ...opts, overlapActions: opts.overlapActions ? [opts.overlapActions] : undefined, results, formats: [opts.format], outDir, ranBy: opts.by, issuer: opts.by, checklists: opts.checklist, context: ui.context() });
    if (opts.json) return ui.json({ outDir, files: r.files, summary: r.analysis.summary });
    ui.info(tr(`报告已写入 ${outDir}`, `report written to ${outDir}`));
    for (const f of r.files) ui.info(`  ${path.relative(process.cwd(), f) || f}`);
  });
}
