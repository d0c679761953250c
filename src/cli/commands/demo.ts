/** `caseaudit demo`: the whole job on the bundled samples, offline, with a fixed seed, into ./out/. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, Ui, type CommonOptions } from '../common.js';
import { runDemo } from '../../demo.js';
import { tr } from '../../i18n.js';

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('demo')
      .description('run the whole audit on the bundled sample province into ./out/')
      .addHelpText('after', '\nExample:\n  caseaudit demo            # writes ./out/\n  caseaudit demo -o /tmp/audit --lang en'),
    'output folder (default ./out)',
  ).action(async (opts: CommonOptions) => {
    const ui = new Ui(opts);
    const outDir = path.resolve(opts.output ?? 'out');
    const result = await runDemo({ outDir, lang: opts.lang, onProgress: (m) => ui.progress(m) });
    if (opts.json) return ui.json(result);
    ui.info(tr(`演示完成，输出目录：${outDir}`, `demo done, outputs in ${outDir}`));
    for (const f of result.files) ui.info(`  ${path.relative(process.cwd(), f) || f}`);
  });
}
