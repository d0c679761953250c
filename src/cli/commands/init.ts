/** `caseaudit init`: write a starter run config that runs as-is on the bundled samples. */
import { Command } from 'commander';
import { withCommonOptions, Ui, type CommonOptions } from '../common.js';
import { init, tr } from '../../api/index.js';

interface Opts extends CommonOptions {
  force?: boolean;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('init')
      .description('write a starter config for caseaudit run (works as-is on the bundled samples)')
      .option('--force', 'overwrite an existing file')
      .addHelpText('after', '\nExample:\n  caseaudit init -o audit.json\n  caseaudit run --config audit.json'),
    'write the config here (default: audit.json; - for stdout)',
  ).action(async (opts: Opts) => {
    const ui = new Ui(opts);
    const output = opts.output ?? 'audit.json';
    const r = await init({ output, force: opts.force, context: ui.context() });
    if (!r.file) return void process.stdout.write(r.text);
    if (opts.json) return ui.json({ file: r.file });
    ui.info(tr(`已写入 ${r.file}；运行：caseaudit run --config ${r.file}`, `wrote ${r.file}; run it: caseaudit run --config ${r.file}`));
  });
}
