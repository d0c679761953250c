/** `caseaudit import`: read inputs (JSON, Excel, PDF; files or folders) into one canonical dataset. */
import { Command, Option } from 'commander';
import { withCommonOptions, Ui, intOption, type CommonOptions } from '../common.js';
import { runImport, type ImportOptions } from '../../index.js';
import { renderImportSummary } from '../render-import.js';
import { tr } from '../../i18n.js';

type Opts = CommonOptions & Omit<ImportOptions, 'lang'>;

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('import')
      .description('read exported case files and schemes (JSON, Excel, PDF) into one dataset')
      .argument('<inputs...>', 'files or folders')
      .addOption(new Option('--kind <kind>', 'record kind when headers cannot tell').choices(['cases', 'schemes']))
      .option('--skip-bad', 'go on past unreadable inputs and list them')
      .addOption(new Option('--duplicates <mode>', 'duplicate ids: stop with an error, or keep the first and reject the rest').choices(['error', 'reject']).default('error'))
      .option('--jobs <n>', 'worker threads for PDFs (default: all cores)', intOption)
      .addHelpText('after', '\nExample:\n  caseaudit import samples/ -o dataset.json\n  caseaudit import cases.xlsx --json'),
    'write the dataset JSON here (- for stdout)',
  ).action(async (inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    const { summary } = await runImport(inputs, { ...opts, onProgress: (m) => ui.progress(m) });
    if (opts.json) ui.json(summary);
    else if (!opts.quiet || !opts.output) {
      const text = renderImportSummary(summary, ui.color);
      if (opts.output === '-') process.stderr.write(`${text}\n`);
      else ui.info(text);
    }
    if (opts.output && opts.output !== '-') ui.progress(tr(`已写入 ${opts.output}`, `wrote ${opts.output}`));
  });
}
