/** `caseaudit assign`: seeded cross-review assignment of reviewers to the drawn files → assignment.json + .xlsx. */
import { Command, Option } from 'commander';
import { withCommonOptions, Ui, intOption, type CommonOptions, withOcrOptions } from '../common.js';
import { assign, tr } from '../../api/index.js';

interface Opts extends CommonOptions {
  reviewers: string;
  seed?: string;
  perFile?: number;
  avoid?: 'unit' | 'city';
  xlsx?: string | false;
  force?: boolean;
  ocr?: 'auto' | 'off' | 'force';
  ocrCache?: string;
}

export function register(program: Command): void {
  withCommonOptions(
    withOcrOptions(program.command('assign'))
      .description('assign reviewers to the drawn files by lot (交叉评查): nobody reviews their own unit, loads within one file')
      .argument('<manifest>', 'case-file manifest written by caseaudit sample')
      .argument('[inputs...]', 'the inputs the sample was drawn from (default: the paths the manifest records)')
      .requiredOption('--reviewers <file>', 'reviewers list: .xlsx (姓名 | 单位 | 设区市 | 层级 | 最多评查案卷数) or .json (templates/schema/reviewers.schema.json)')
      .option('--seed <seed>', 'random seed (fix it in advance, e.g. a published lottery number)')
      .option('--per-file <n>', 'independent reviewers per file', intOption, 1)
      .addOption(new Option('--avoid <rule>', 'conflict rule: not the own unit, or neither the own unit nor the own city').choices(['unit', 'city']).default('unit'))
      .option('--xlsx <file>', 'assignment list to print and sign (default: next to the JSON)')
      .option('--no-xlsx', 'do not write the assignment list')
      .option('--force', 'overwrite an existing assignment')
      .addHelpText('after', '\nExample:\n  caseaudit assign manifest.json samples/json --reviewers reviewers.xlsx --seed 2025 --per-file 2 -o assignment.json\n  caseaudit worksheet samples/json --assignment assignment.json -o sheets/\n  caseaudit verify assignment.json samples/json'),
    'write assignment.json here (- for stdout)',
  ).action(async (manifest: string, inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    const r = await assign({ ...opts, manifest, inputs, context: ui.context() });
    for (const w of r.warnings) ui.warn(w);
    if (opts.quiet && r.assignment.seedSource === 'generated') process.stderr.write(`seed ${r.assignment.seed}\n`);
    if (opts.json) return opts.output === '-' ? undefined : ui.json(r.assignment);
    const a = r.assignment;
    const loads = a.reviewers.map((x) => `${x.name} ${x.load}`).join(tr('，', ', '));
    const line = tr(`已分配 ${a.files.length} 个案卷，每卷 ${a.perFile} 名评查人（${a.method === 'flow' ? '最大流' : '逐卷'}分配，种子 ${a.seed}）：${loads}`, `assigned ${a.files.length} files, ${a.perFile} reviewer(s) each (${a.method}, seed ${a.seed}): ${loads}`);
    if (opts.output === '-') process.stderr.write(`${line}\n`);
    else ui.info(line);
    for (const f of r.files) ui.progress(tr(`已写入 ${f}`, `wrote ${f}`));
  });
}
