/** `caseaudit run --config audit.json`: the whole assessment from one config, unattended; exit 1 on failOn. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, withOcrOptions, Ui, type CommonOptions } from '../common.js';
import { audit, loadConfig, switchLang, type AuditOptions } from '../../api/index.js';
import { renderAuditSummary } from '../render-run.js';

interface Opts extends CommonOptions, NonNullable<AuditOptions['ocr']> {
  config: string;
  seed?: string;
  period?: string;
  format?: string;
  force?: boolean;
}

export function register(program: Command): void {
  withCommonOptions(
    withOcrOptions(program.command('run'))
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
    const given = <K extends 'ocr' | 'ocrEngine' | 'ocrCache'>(k: K) => (cmd.getOptionValueSource(k) === 'cli' ? opts[k] : undefined); // else the config's input
    switchLang(cfg.language); // from here on this command speaks the config's language (its summary, its errors)
    const r = await audit({ config: cfg, context: ui.context({ lang: cfg.language }), force: opts.force, ocr: { ocr: given('ocr'), ocrEngine: given('ocrEngine'), ocrCache: given('ocrCache') } });
    for (const w of r.warnings) ui.warn(w);
    if (opts.json) ui.json({ ...r, files: r.files.map((f) => path.relative(r.outDir, f)) });
    else ui.info(renderAuditSummary(r));
    if (r.exitCode) process.exitCode = 1; // a failOn threshold was crossed
  });
}
