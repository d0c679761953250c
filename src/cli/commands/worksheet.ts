/** `caseaudit worksheet`: the reviewer worksheet (.xlsx), one row per file × item, automatic results pre-filled. */
import { Command } from 'commander';
import { withCommonOptions, Ui, type CommonOptions, withOcrOptions } from '../common.js';
import { runWorksheet, type ScoreRunOptions } from '../../index.js';
import { UsageError } from '../../errors.js';
import { tr } from '../../i18n.js';

type Opts = CommonOptions & Omit<ScoreRunOptions, 'lang' | 'checklists'> & { checklist?: string[]; calendar?: string };
const collect = (v: string, prev: string[] = []) => [...prev, v];

export function register(program: Command): void {
  withCommonOptions(
    withOcrOptions(program.command('worksheet'))
      .description('write the reviewer worksheet (.xlsx) with automatic findings pre-filled')
      .argument('<inputs...>', 'files or folders (JSON, Excel, PDF)')
      .option('--sample <manifest>', 'only the files drawn in this sample manifest')
      .option('--allow-changed-input', 'with --sample: go on when the inputs differ from those the sample was drawn from (recorded)')
      .option('--checklist <file>', 'a checklist replacing the bundled one of its case type (repeatable)', collect)
      .option('--rules-config <file>', 'rules settings overriding templates/rules-config.json')
      .option('--calendar <dir>', 'folder of <year>.json holiday files')
      .addHelpText('after', '\nExample:\n  caseaudit worksheet samples/ --sample manifest.json -o review.xlsx\n  caseaudit score samples/ --sample manifest.json --reviews review.xlsx -o results.json'),
    'the .xlsx to write (required)',
  ).action(async (inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    if (!opts.output || opts.output === '-') throw new UsageError(tr('请用 -o 指定要写入的 .xlsx 文件', 'give the .xlsx to write with -o'));
    const r = await runWorksheet(inputs, { ...opts, output: opts.output, checklists: opts.checklist, calendarDir: opts.calendar, onProgress: (m) => ui.progress(m) });
    if (r.sampleInputs) ui.warn(tr(`输入与抽样时不同（--allow-changed-input）：${r.sampleInputs.changed.length} 个文件，已记入结果`, `the inputs differ from those of the draw (--allow-changed-input): ${r.sampleInputs.changed.length} files, recorded in the results`));
    if (opts.json) ui.json(r);
    else ui.info(tr(`已写入评查表 ${r.output}：${r.files} 个案卷，${r.rows} 行`, `wrote worksheet ${r.output}: ${r.files} files, ${r.rows} rows`));
  });
}
