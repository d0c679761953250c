/** `caseaudit sample`: a reproducible stratified draw → manifest JSON + draw list .xlsx. */
import { Command, Option } from 'commander';
import { withCommonOptions, Ui, type CommonOptions, withOcrOptions } from '../common.js';
import { runSample, type SampleOptions } from '../../index.js';
import { renderSampleSummary } from '../render-sample.js';
import { tr } from '../../i18n.js';
import { CASE_PERIOD_DATES } from '../../sample/period.js';

type Opts = CommonOptions & Omit<SampleOptions, 'output'>;

export function register(program: Command): void {
  withCommonOptions(
    withOcrOptions(program.command('sample'))
      .description('draw a reproducible stratified sample of case files or schemes')
      .argument('<inputs...>', 'files or folders (or an imported dataset.json)')
      .option('--seed <seed>', 'random seed (official draws: fix it in advance)')
      .option('--preset <id>', 'semiannual-cases | semiannual-schemes | province-annual | city-annual (templates/presets/; city-annual needs --scope when the data has several cities)')
      .option('--rate <rate>', 'per-stratum rate, e.g. 0.3 or 30%')
      .option('--min <n>', 'at least this many files in total')
      .addOption(new Option('--strata <by>', 'stratify by (default unit, or the preset’s)').choices(['unit', 'level', 'city', 'type', 'none']))
      .option('--period <period>', '2025H1, 2025H2 or 2025 (decision date for cases, inspection date for schemes)')
      .addOption(new Option('--period-date <date>', 'cases: the date that places a file in the period (default decided; decided-or-closed: inspection cases by their closing)').choices([...CASE_PERIOD_DATES]))
      .option('--scope <place>', 'only the units of this province or city (e.g. 南昌市, 江西省, 360100); its own unit is left out and listed')
      .addOption(new Option('--kind <kind>', 'draw cases or schemes').choices(['cases', 'schemes']))
      .option('--map <file>', 'JSON mapping of Excel headers to fields (see import --print-map)')
      .option('--xlsx <file>', 'draw list to print and sign (default: next to the manifest)')
      .option('--no-xlsx', 'do not write the draw list')
      .option('--force', 'overwrite an existing manifest / draw list')
      .addHelpText('after', '\nExample:\n  caseaudit sample samples/json --preset semiannual-cases --period 2025H1 --seed 2025 -o manifest.json\n  caseaudit sample cases.xlsx --preset city-annual --scope 南昌市 --period 2025 --seed 2025 -o manifest.json\n  caseaudit sample cases.xlsx --rate 30% --min 40 --strata city --seed 7 --json'),
    'write the manifest JSON here (- for stdout; the draw list then only with --xlsx FILE)',
  ).action(async (inputs: string[], opts: Opts & { output?: string }) => {
    const ui = new Ui(opts);
    const res = await runSample(inputs, { ...opts, onProgress: (m) => ui.progress(m) });
    for (const w of res.warnings) ui.warn(w);
    // a generated seed is never silent, not even with --quiet
    if (opts.quiet && res.manifest.seedSource === 'generated') process.stderr.write(`seed ${res.manifest.seed}\n`);
    if (opts.json) return opts.output === '-' ? undefined : ui.json(res.manifest);
    const summary = renderSampleSummary(res.manifest, ui.color);
    if (opts.output === '-') process.stderr.write(`${summary}\n`); // stdout holds the manifest
    else ui.info(summary);
    for (const f of res.files) ui.progress(tr(`已写入 ${f}`, `wrote ${f}`));
    if (!opts.output) ui.progress(tr('未写入抽样清单：用 -o manifest.json 保存', 'no manifest written: save it with -o manifest.json'));
  });
}
