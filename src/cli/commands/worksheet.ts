/** `caseaudit worksheet`: the reviewer worksheet (.xlsx) with automatic results pre-filled, or one per assigned reviewer. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, Ui, type CommonOptions, withIngestOptions } from '../common.js';
import { worksheet, tr, UsageError, type ScoreRunOptions } from '../../api/index.js';

type Opts = CommonOptions & Omit<ScoreRunOptions, 'lang' | 'checklists'> & { checklist?: string[]; calendar?: string; assignment?: string };
const collect = (v: string, prev: string[] = []) => [...prev, v];

export function register(program: Command): void {
  withCommonOptions(
    withIngestOptions(program.command('worksheet'))
      .description('write the reviewer worksheet (.xlsx) with automatic findings pre-filled; with --assignment one sheet per reviewer')
      .argument('[inputs...]', 'files or folders (JSON, Excel, PDF); with --assignment default the inputs it records')
      .option('--sample <manifest>', 'only the files drawn in this sample manifest')
      .option('--assignment <file>', 'assignment.json from caseaudit assign: one sheet per reviewer, only their files, into the -o folder')
      .option('--allow-changed-input', 'with --sample: go on when the inputs differ from those the sample was drawn from (recorded)')
      .option('--documents <path>', 'with --sample: case-file PDFs (file or folder, repeatable); only the drawn cases\' PDFs are read', collect)
      .option('--checklist <file>', 'a checklist replacing the bundled one of its case type (repeatable)', collect)
      .option('--rules-config <file>', 'rules settings overriding templates/rules-config.json')
      .option('--plan <file>', 'annual inspection plan (Excel/CSV/JSON, as caseaudit plan reads it): inspections are checked against it')
      .option('--calendar <dir>', 'folder of <year>.json holiday files')
      .option('--force', 'overwrite worksheets that already hold reviewer entries')
      .addHelpText('after', '\nExample:\n  caseaudit worksheet samples/json --sample manifest.json -o review.xlsx\n  caseaudit worksheet register.xlsx --sample manifest.json --documents pdfs/ -o review.xlsx\n  caseaudit worksheet --assignment assignment.json -o sheets/\n  caseaudit score samples/json --sample manifest.json --reviews review.xlsx -o results.json'),
    'the .xlsx to write (with --assignment: the folder for the sheets) (required)',
  ).action(async (inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    if (!opts.output || opts.output === '-') throw new UsageError(tr('请用 -o 指定要写入的 .xlsx 文件（--assignment 时为文件夹）', 'give the .xlsx to write with -o (with --assignment: a folder)'));
    const common = { ...opts, inputs, checklists: opts.checklist, calendarDir: opts.calendar, context: ui.context() };
    if (opts.assignment) {
      const r = await worksheet({ ...common, assignment: opts.assignment, output: opts.output });
      for (const w of r.warnings ?? []) ui.warn(w);
      if (opts.json) return ui.json(r);
      ui.info(tr(`已写入 ${r.sheets!.length} 份评查表到 ${r.output}：`, `wrote ${r.sheets!.length} worksheets into ${r.output}:`));
      for (const s of r.sheets!) ui.info(`  ${path.basename(s.file)}  ${s.reviewer}  ${tr(`${s.files} 个案卷，${s.rows} 行`, `${s.files} files, ${s.rows} rows`)}`);
      return;
    }
    const r = await worksheet({ ...common, output: opts.output });
    for (const w of r.warnings ?? []) ui.warn(w);
    if (r.sampleInputs) ui.warn(tr(`输入与抽样时不同（--allow-changed-input）：${r.sampleInputs.changed.length} 个文件，已记入结果`, `the inputs differ from those of the draw (--allow-changed-input): ${r.sampleInputs.changed.length} files, recorded in the results`));
    if (opts.json) ui.json(r);
    else ui.info(tr(`已写入评查表 ${r.output}：${r.files} 个案卷，${r.rows} 行`, `wrote worksheet ${r.output}: ${r.files} files, ${r.rows} rows`));
  });
}
