/** `caseaudit rank`: the excellent case file ranking (优秀案卷评比) and the unit ranking. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, Ui, intOption, type CommonOptions } from '../common.js';
import { rank, renderRankingMarkdown, tr } from '../../api/index.js';

interface Opts extends CommonOptions {
  top?: number;
  maxNotChecked?: number;
  perType?: boolean;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('rank')
      .description('rank excellent case files (not vetoed, grade excellent) and units, from one or more score results')
      .argument('<results...>', 'score results JSON files (e.g. one per city)')
      .option('--top <n>', 'keep files ranked N or better (ties at the cut stay)', intOption)
      .option('--per-type', 'also rank each case type separately')
      .option('--max-not-checked <n>', 'leave out files with more than N automatic rules not checked (e.g. from a 双公示 export)', intOption)
      .addHelpText('after', '\nExample:\n  caseaudit rank nanchang.json jiujiang.json --top 10 --per-type -o ranking/\n  caseaudit rank results.json --json'),
    'output folder for ranking.json and ranking.md',
  ).action(async (results: string[], opts: Opts) => {
    const ui = new Ui(opts);
    const outDir = opts.output ? path.resolve(opts.output) : undefined;
    const r = await rank({ results, top: opts.top, perType: opts.perType, maxNotChecked: opts.maxNotChecked, outDir, context: ui.context() });
    if (opts.json) return ui.json(r.ranking);
    if (!outDir) return ui.info(renderRankingMarkdown(r.ranking, opts.lang).trimEnd());
    ui.info(tr(`排名已写入 ${outDir}`, `ranking written to ${outDir}`));
    for (const f of r.files) ui.info(`  ${path.relative(process.cwd(), f) || f}`);
  });
}
