/** `caseaudit overlap`: the same enterprise acted on by different units within a window (重复执法); key enterprises never inspected (执法缺位). */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, withIngestOptions, withOcrOptions, Ui, intOption, type CommonOptions } from '../common.js';
import { overlap, tr } from '../../api/index.js';
import { renderOverlap } from '../render-plan.js';

type Opts = CommonOptions & { window: number; actions?: string; plan?: string; period?: string; ocr?: 'auto' | 'off' | 'force'; ocrCache?: string; map?: string; kind?: 'cases' | 'schemes'; skipBad?: boolean; duplicates?: 'error' | 'reject' };

export function register(program: Command): void {
  withCommonOptions(
    withIngestOptions(withOcrOptions(program.command('overlap')))
      .description('duplicate enforcement (重复执法) across units and levels within a window; with --plan, key enterprises no unit inspected (执法缺位)')
      .argument('<inputs...>', 'case records (JSON, Excel, PDF)')
      .option('--window <days>', 'days between two units\' actions that count as overlapping', intOption, 30)
      .option('--actions <list>', 'what counts as an action: inspection,penalty,coercion,reinspection (a re-inspection of one\'s own order never counts)', 'inspection,penalty,coercion')
      .option('--plan <file>', 'annual plan: also list key enterprises (重点) with no inspection at any level')
      .option('--period <period>', '2025, 2025H1 or 2025H2: only actions in the period')
      .addHelpText('after', '\nExample:\n  caseaudit overlap samples/json --window 30\n  caseaudit overlap cases.xlsx --plan plan-2025.xlsx --period 2025H1 --json'),
    'write the overlaps JSON here (- for stdout)',
  ).action(async (inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    const output = opts.output && opts.output !== '-' ? path.resolve(opts.output) : undefined;
    const r = await overlap({ inputs, windowDays: opts.window, kinds: opts.actions ? [opts.actions] : undefined, plan: opts.plan, period: opts.period, output, ocr: opts.ocr, ocrCache: opts.ocrCache, map: opts.map, kind: opts.kind, skipBad: opts.skipBad, duplicates: opts.duplicates, context: ui.context() });
    if (opts.json || opts.output === '-') return ui.json(r);
    ui.info(renderOverlap(r));
    if (output) ui.info(tr(`已写入 ${output}`, `wrote ${output}`));
  });
}
