/** `caseaudit sample`: a reproducible stratified draw → manifest JSON + draw list .xlsx. */
import { Command, Option } from 'commander';
import { withCommonOptions, Ui, type CommonOptions } from '../common.js';
import { withInputOptions } from '../input-options.js';
import { CASE_PERIOD_DATES, commitFrame, draw, tr, type SampleOptions } from '../../api/index.js';
import { renderSampleSummary } from '../render-sample.js';

type Opts = CommonOptions & Omit<SampleOptions, 'output'>;

export function register(program: Command): void {
  withCommonOptions(
    withInputOptions(program.command('sample'), { describe: { kind: 'draw cases or schemes (and read table sheets as that kind)' } })
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
      .option('--xlsx <file>', 'draw list to print and sign (default: next to the manifest)')
      .option('--no-xlsx', 'do not write the draw list')
      .option('--force', 'overwrite an existing manifest / draw list')
      .option('--commit', 'record the frame (input hashes, ids, strata, rule) before the seed exists → commitment JSON (-o)')
      .option('--commitment <file>', 'draw only if the frame still matches this commitment (with --seed)')
      .option('--seed-source <text>', 'where the seed comes from, e.g. "2025-07-01 福彩双色球开奖号码" (recorded)')
      .addHelpText('after', '\nExample:\n  caseaudit sample samples/json --preset semiannual-cases --period 2025H1 --seed 2025 -o manifest.json\n  caseaudit sample cases.xlsx --preset city-annual --scope 南昌市 --period 2025 --seed 2025 -o manifest.json\n  caseaudit sample cases.xlsx --rate 30% --min 40 --strata city --seed 7 --json'),
    'write the manifest JSON here (- for stdout; the draw list then only with --xlsx FILE)',
  ).action(async (inputs: string[], opts: Opts & { output?: string; commit?: boolean; seedSource?: string }) => {
    const ui = new Ui(opts);
    if (opts.commit) {
      const c = await commitFrame({ ...opts, inputs, seedRule: opts.seedSource, context: ui.context() });
      if (opts.json) return opts.output === '-' ? undefined : ui.json(c);
      const line = tr(`已记录抽样框：${c.filters.frame} 份（${c.strata.length} 层），编号集哈希 ${c.idSetHash.slice(0, 16)}…；公布后再用 --commitment 与事先确定的 --seed 抽样`, `frame committed: ${c.filters.frame} records (${c.strata.length} strata), id-set hash ${c.idSetHash.slice(0, 16)}…; publish it, then draw with --commitment and the seed fixed in advance`);
      if (opts.output === '-') process.stderr.write(`${line}\n`);
      else ui.info(line);
      return;
    }
    const res = await draw({ ...opts, inputs, seedNote: opts.seedSource, context: ui.context() });
    for (const w of res.warnings) ui.warn(w);
    // a generated seed is never silent, not even with --quiet
    if (opts.quiet && res.manifest.seedSource === 'generated') process.stderr.write(`seed ${res.manifest.seed}\n`);
    if (opts.json) return opts.output === '-' ? undefined : ui.json(res.manifest);
    // --quiet with -o: the manifest is the output, no summary (as import and score); without -o the summary is all there is
    if (!opts.quiet || !opts.output) {
      const summary = renderSampleSummary(res.manifest, ui.color);
      if (opts.output === '-') process.stderr.write(`${summary}\n`); // stdout holds the manifest
      else ui.info(summary);
    }
    for (const f of res.files) ui.progress(tr(`已写入 ${f}`, `wrote ${f}`));
    if (!opts.output) ui.progress(tr('未写入抽样清单：用 -o manifest.json 保存', 'no manifest written: save it with -o manifest.json'));
  });
}
