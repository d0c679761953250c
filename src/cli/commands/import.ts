/** `caseaudit import`: read exports (JSON, Excel, PDF) into one dataset; --print-map shows how Excel columns were read. */
import { Command } from 'commander';
import { Ui, withCommonOptions, withIngestOptions, type CommonOptions } from '../common.js';
import { describeInputs, importInputs, tr, type ImportOptions } from '../../api/index.js';
import { renderImportSummary } from '../render-import.js';
import { renderColumnMap } from '../render-map.js';

type Opts = CommonOptions & Omit<ImportOptions, 'lang'> & { printMap?: boolean };

export function register(program: Command): void {
  withCommonOptions(
    withIngestOptions(program.command('import'))
      .description('read exported case files and schemes (JSON, Excel .xlsx/.xls, CSV, PDF) into one dataset')
      .argument('<inputs...>', 'files or folders')
      .option('--print-map', 'show how each Excel column was understood, then stop (nothing written)')
      .addHelpText('after', '\nExample:\n  caseaudit import samples/json -o dataset.json\n  caseaudit import cases.xlsx --print-map\n  caseaudit import export.xlsx --map mapping.json --kind cases -o dataset.json\n  caseaudit import scans/ --ocr auto --ocr-cache .ocr-cache'),
    'write the dataset JSON here (- for stdout)',
  ).action(async (inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    if (opts.printMap) {
      const maps = await describeInputs({ ...opts, inputs, context: ui.context() });
      return opts.json ? ui.json(maps) : ui.info(renderColumnMap(maps, ui.color));
    }
    const { summary, ocrMissing } = await importInputs({ ...opts, inputs, keepRecords: false, context: ui.context() });
    if (ocrMissing) ui.warn(ocrMissing.reason);
    if (opts.json) ui.json(summary);
    else if (!opts.quiet || !opts.output) {
      const text = renderImportSummary(summary, ui.color);
      if (opts.output === '-') process.stderr.write(`${text}\n`);
      else ui.info(text);
    }
    if (opts.output && opts.output !== '-') ui.progress(tr(`已写入 ${opts.output}`, `wrote ${opts.output}`));
  });
}
