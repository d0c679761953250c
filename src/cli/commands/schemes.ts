/** `caseaudit schemes`: review (drawn) inspection schemes, approve or reject each with reasons and notices. */
import { Command, Option } from 'commander';
import { withCommonOptions, Ui, type CommonOptions, withIngestOptions } from '../common.js';
import { reviewSchemes, tr } from '../../api/index.js';

type Opts = CommonOptions & { map?: string; sample?: string; rules?: string; keyItems?: string; notices?: string; by?: string; failOn?: 'rejected'; allowChangedInput?: boolean };

export function register(program: Command): void {
  withCommonOptions(
    withIngestOptions(program.command('schemes'))
      .description('review inspection schemes (检查方案): approve or reject each, with reasons and rejection notices')
      .argument('<inputs...>', 'files or folders holding schemes')
      .option('--sample <manifest>', 'review only the schemes drawn in this sample manifest')
      .option('--allow-changed-input', 'with --sample: go on when the inputs differ from those the sample was drawn from (recorded)')
      .option('--rules <file>', 'rule severities (reject|warn|off) overriding templates/scheme-rules.json')
      .option('--key-items <file>', 'industry key-items catalog overriding templates/industry-key-items.json')
      .option('--notices <dir>', 'write a rejection notice (.md, .html and .docx) per rejected scheme here')
      .option('--by <unit>', 'the body issuing the notices (their 落款)')
      .addOption(new Option('--fail-on <what>', 'exit 1 when any scheme is rejected').choices(['rejected']))
      .addHelpText('after', '\nExample:\n  caseaudit schemes schemes.xlsx --sample manifest.json -o schemes.json --notices notices/\n  caseaudit schemes dataset.json --json --fail-on rejected'),
    'write the result JSON here (- for stdout)',
  ).action(async (inputs: string[], opts: Opts) => {
    const ui = new Ui(opts);
    const { result, files } = await reviewSchemes({ ...opts, inputs, output: opts.json && opts.output === '-' ? undefined : opts.output, issuer: opts.by, context: ui.context() });
    const s = result.summary;
    if (result.sampleInputs) ui.warn(tr(`输入与抽样时不同（--allow-changed-input）：${result.sampleInputs.changed.length} 个文件，已记入结果`, `the inputs differ from those of the draw (--allow-changed-input): ${result.sampleInputs.changed.length} files, recorded in the results`));
    if (opts.json) ui.json(result);
    else if (opts.output !== '-') {
      for (const r of result.schemes.filter((x) => x.verdict === 'rejected')) {
        ui.info(`${tr('驳回', 'rejected')}  ${r.id}  ${r.reasons.filter((x) => x.severity === 'reject').map((x) => x.ruleId).join(', ')}`);
      }
      ui.info(tr(`审查 ${s.drawn} 个方案：通过 ${s.approved}，驳回 ${s.rejected}`, `${s.drawn} schemes reviewed: ${s.approved} approved, ${s.rejected} rejected`));
    }
    if (files.length) ui.progress(tr(`已写入 ${files.length} 个文件`, `wrote ${files.length} files`));
    if (opts.failOn === 'rejected' && s.rejected > 0) process.exitCode = 1;
  });
}
