/** `caseaudit verify`: re-draw a sample from its inputs and compare with the manifest (exit 0 same, 1 different). */
import { Command } from 'commander';
import { withCommonOptions, Ui, type CommonOptions, withOcrOptions } from '../common.js';
import { runVerify } from '../../index.js';
import { tr } from '../../i18n.js';

export function register(program: Command): void {
  withCommonOptions(
    withOcrOptions(program.command('verify'))
      .description('re-draw a sample from its inputs and check it matches the manifest')
      .argument('<manifest>', 'manifest JSON written by caseaudit sample')
      .argument('<inputs...>', 'the files or folders the sample was drawn from')
      .addHelpText('after', '\nExit codes: 0 identical · 1 different (listed) · 2 invalid manifest or input\n\nExample:\n  caseaudit verify manifest.json samples/json'),
  ).action(async (manifest: string, inputs: string[], opts: CommonOptions & { ocr?: 'auto' | 'off' | 'force'; ocrCache?: string }) => {
    const ui = new Ui(opts);
    const res = await runVerify(manifest, inputs, { ocr: opts.ocr, ocrCache: opts.ocrCache, onProgress: (m) => ui.progress(m) });
    if (!res.identical) process.exitCode = 1;
    if (opts.json) return ui.json(res);
    for (const n of res.notes) ui.progress(n);
    for (const w of res.warnings) ui.warn(w);
    if (res.identical) return ui.info(tr(`一致：重新抽样与 ${manifest} 完全相同`, `identical: the re-draw matches ${manifest}`));
    ui.info(tr(`不一致：${res.differences.length} 处差异`, `different: ${res.differences.length} differences`));
    for (const d of res.differences) ui.info(`  - [${d.kind}] ${d.message}`);
  });
}
