/** `caseaudit run --config audit.json`: the whole assessment from one config, unattended; exit 1 on failOn. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, Ui, type CommonOptions } from '../common.js';
import { loadConfig } from '../../run/config.js';
import { runAudit } from '../../run/audit.js';
import { renderAuditSummary } from '../render-run.js';

interface Opts extends CommonOptions {
  config: string;
  seed?: string;
  period?: string;
  format?: string;
  force?: boolean;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('run')
      .description('run the whole audit from one config: import → sample → score → schemes → report → rank')
      .requiredOption('-c, --config <file>', 'run config (write a starter with caseaudit init)')
      .option('--seed <seed>', 'override the config seed (also CASEAUDIT_SEED)')
      .option('--period <period>', 'override the config period (also CASEAUDIT_PERIOD)')
      .option('--format <list>', 'override the report formats, e.g. html,docx')
      .option('--force', 'overwrite worksheets in the output folder that hold reviewer entries')
      .addHelpText('after', '\nExample:\n  caseaudit init -o audit.json && caseaudit run --config audit.json\n  CASEAUDIT_SEED=2025 caseaudit run -c audit.json -o /tmp/audit --json\n\nExit codes: 0 done · 1 done, a failOn threshold crossed · 2 bad config or input (nothing written)'),
    'output folder (overrides outputs.dir; also CASEAUDIT_OUTPUT)',
  ).action(async (opts: Opts, cmd: Command) => {
    const ui = new Ui(opts);
    const langFlag = cmd.getOptionValueSource('lang') === 'cli' ? opts.lang : undefined; // else the config's language
    const cfg = await loadConfig(opts.config, process.env, { seed: opts.seed, period: opts.period, output: opts.output, format: opts.format, lang: langFlag });
    const r = await runAudit(cfg, { onProgress: (m) => ui.progress(m), force: opts.force });
    for (const w of r.warnings) ui.warn(w);
    if (opts.json) ui.json({ ...r, files: r.files.map((f) => path.relative(r.outDir, f)) });
    else ui.info(renderAuditSummary(r));
    if (r.exitCode) process.exitCode = 1; // a failOn threshold was crossed
  });
}
