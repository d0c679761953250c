/** `caseaudit plan`: the annual inspection plan against the inspections done — execution per unit, missed, unplanned. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, withIngestOptions, withOcrOptions, Ui, type CommonOptions } from '../common.js';
import { plan as planExecution, tr } from '../../api/index.js';
import { renderPlan } from '../render-plan.js';

type Opts = CommonOptions & { period?: string; ocr?: 'auto' | 'off' | 'force'; ocrCache?: string; map?: string; kind?: 'cases' | 'schemes'; skipBad?: boolean; duplicates?: 'error' | 'reject' };

export function register(program: Command): void {
  withCommonOptions(
    withIngestOptions(withOcrOptions(program.command('plan')))
      .description('plan execution (计划执行): planned enterprises against the inspections done, per unit; missed and unplanned')
      .argument('<plan>', 'annual inspection plan (.xlsx, .csv or .json; headers: 企业名称, 统一社会信用代码, 行业类别, 监管类别, 执法单位, 年度计划检查次数[, 计划检查月份])')
      .argument('<inputs...>', 'case records (JSON, Excel, PDF): the inspections done')
      .option('--period <period>', '2025, 2025H1 or 2025H2 (half-years pro rata; default: the year of the latest inspection)')
      .addHelpText('after', '\nExample:\n  caseaudit plan plan-2025.xlsx samples/json --period 2025H1 -o plan/\n  caseaudit plan plan.csv cases.xlsx --period 2025 --json'),
    'output folder for plan.json and plan.xlsx',
  ).action(async (plan: string, inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    const outDir = opts.output ? path.resolve(opts.output) : undefined;
    const { result, files } = await planExecution({ plan, inputs, period: opts.period, outDir, ocr: opts.ocr, ocrCache: opts.ocrCache, map: opts.map, kind: opts.kind, skipBad: opts.skipBad, duplicates: opts.duplicates, context: ui.context() });
    if (opts.json) return ui.json(result);
    ui.info(renderPlan(result));
    for (const f of files) ui.info(tr(`  已写入 ${f}`, `  wrote ${f}`));
  });
}
