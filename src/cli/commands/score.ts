/** `caseaudit score`: apply the checklists to case files (or a drawn sample), merge reviewer sheets, grade. */
import { progressCounter } from '../progress.js';
import { Command } from 'commander';
import { withCommonOptions, Ui, type CommonOptions, withIngestOptions } from '../common.js';
import { score, tr, type ScoreRunOptions } from '../../api/index.js';
import { renderScore } from '../render-score.js';

type Opts = CommonOptions & Omit<ScoreRunOptions, 'lang' | 'checklists'> & { checklist?: string[]; calendar?: string; review?: string[]; adjudication?: string };
const collect = (v: string, prev: string[] = []) => [...prev, v];

export function register(program: Command): void {
  withCommonOptions(
    withIngestOptions(program.command('score'))
      .description('score case files against the checklists (automatic rules + reviewer sheets)')
      .argument('<inputs...>', 'files or folders (JSON, Excel, PDF)')
      .option('--sample <manifest>', 'score only the files drawn in this sample manifest')
      .option('--allow-changed-input', 'with --sample: go on when the inputs differ from those the sample was drawn from (recorded)')
      .option('--documents <path>', 'with --sample: case-file PDFs (file or folder, repeatable); the inputs are the register drawn from, and only the drawn cases\' PDFs are read and scored', collect)
      .option('--checklist <file>', 'a checklist replacing the bundled one of its case type (repeatable)', collect)
      .option('--rules-config <file>', 'rules settings overriding templates/rules-config.json')
      .option('--plan <file>', 'annual inspection plan (Excel/CSV/JSON, as caseaudit plan reads it): inspections are checked against it')
      .option('--calendar <dir>', 'folder of <year>.json holiday files (default: bundled holidays-cn)')
      .option('--reviews <file>', 'reviewer worksheet or folder of worksheets to merge (repeatable; order does not matter)', collect)
      .option('--chair <file>', "the chair's adjudication sheet: its entries rule on disagreements (repeatable)", collect)
      .option('--assignment <file>', 'assignment.json: a file stays 待定 until every reviewer assigned to it has returned it')
      .option('--adjudication <file>', 'write the open disagreements as an adjudication sheet (.xlsx) for the chair')
      .option('--force', 'overwrite an adjudication sheet that already holds entries')
      .option('--fail-on <expr>', 'exit 1 when a file crosses: grade:fail | veto | score<N (repeatable)', collect)
      .addHelpText('after', '\nExample:\n  caseaudit score samples/json --sample manifest.json -o results.json\n  caseaudit score register.xlsx --sample manifest.json --documents pdfs/ -o results.json\n  caseaudit score cases.xlsx --reviews sheets/ --adjudication ruling.xlsx\n  caseaudit score cases.xlsx --reviews sheets/ --chair ruling.xlsx --fail-on veto --json'),
    'write the results JSON here (- for stdout)',
  ).action(async (inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    const { result, failed, warnings } = await score({ ...opts, inputs, checklists: opts.checklist, calendarDir: opts.calendar, adjudicationSheet: opts.adjudication, context: ui.context(), onCount: progressCounter(tr('评查', 'scoring'), { quiet: opts.quiet, min: 10_000 }) });
    for (const w of warnings) ui.warn(w);
    if (result.sampleInputs) ui.warn(tr(`输入与抽样时不同（--allow-changed-input）：${result.sampleInputs.changed.length} 个文件，已记入结果`, `the inputs differ from those of the draw (--allow-changed-input): ${result.sampleInputs.changed.length} files, recorded in the results`));
    if (opts.adjudication) ui.progress(tr(`已写入裁定表 ${opts.adjudication}（${result.summary.unresolved} 项待裁定）`, `wrote adjudication sheet ${opts.adjudication} (${result.summary.unresolved} open items)`));
    if (opts.json) ui.json(result);
    else if (opts.output !== '-' && !(opts.quiet && opts.output)) ui.info(renderScore(result, ui.color));
    if (opts.output && opts.output !== '-') ui.progress(tr(`已写入 ${opts.output}`, `wrote ${opts.output}`));
    if (failed.length) {
      ui.warn(tr(`${failed.length} 个案卷触发 --fail-on`, `${failed.length} file(s) crossed --fail-on`));
      process.exitCode = 1;
    }
  });
}
