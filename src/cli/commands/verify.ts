/** `caseaudit verify`: re-draw a sample (or re-run an assignment, or re-check a commitment) and compare (exit 0 same, 1 different). */
import { Command } from 'commander';
import { withCommonOptions, Ui, type CommonOptions } from '../common.js';
import { inputFlags, withInputOptions, type InputFlags } from '../input-options.js';
import { tr, verifyDraw } from '../../api/index.js';

export function register(program: Command): void {
  withCommonOptions(
    withInputOptions(program.command('verify'), { omit: ['kind'], describe: { map: 'JSON mapping of table headers to fields (default: the mapping the manifest recorded)' } })
      .description('re-draw a sample from its inputs (or re-run a reviewer assignment) and check it matches')
      .argument('<file>', 'manifest JSON written by caseaudit sample, or assignment JSON written by caseaudit assign')
      .argument('[inputs...]', 'the files or folders the sample was drawn from (an assignment: default the paths its manifest records)')
      .addHelpText('after', '\nExit codes: 0 identical · 1 different (listed) · 2 invalid or tampered file, or bad input\n\nExample:\n  caseaudit verify manifest.json samples/json\n  caseaudit verify assignment.json samples/json'),
  ).action(async (file: string, inputs: string[], opts: CommonOptions & InputFlags) => {
    const ui = new Ui(opts);
    const { kind: _kind, ...res } = await verifyDraw({ ...inputFlags(opts), file, inputs, context: ui.context() });
    if (!res.identical) process.exitCode = 1;
    if (opts.json) return ui.json(res);
    for (const n of res.notes ?? []) ui.progress(n);
    for (const w of res.warnings ?? []) ui.warn(w);
    if (res.identical) return ui.info(tr(`一致：重新计算与 ${file} 完全相同`, `identical: the re-run matches ${file}`));
    ui.info(tr(`不一致：${res.differences.length} 处差异`, `different: ${res.differences.length} differences`));
    for (const d of res.differences) ui.info(`  - [${d.kind}] ${d.message}`);
  });
}
