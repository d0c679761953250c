/** `caseaudit demo`: the whole job on the bundled samples, offline, with a fixed seed, into ./out/. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, withOcrOptions, Ui, type CommonOptions } from '../common.js';
import { demo, tr, type AuditOptions } from '../../api/index.js';
import { renderAuditSummary } from '../render-run.js';

export function register(program: Command): void {
  withCommonOptions(
    withOcrOptions(program.command('demo'))
      .description('run the whole audit on the bundled sample province into ./out/')
      .option('--force', 'overwrite reviewer sheets in the output folder that hold entries')
      .addHelpText('after', '\nExample:\n  caseaudit demo            # writes ./out/ (open out/report.html)\n  caseaudit demo -o /tmp/audit --lang en'),
    'output folder (default ./out)',
  ).action(async (opts: CommonOptions & { force?: boolean } & NonNullable<AuditOptions['ocr']>) => {
    const ui = new Ui(opts);
    const outDir = path.resolve(opts.output ?? 'out');
    const result = await demo({ outDir, force: opts.force, context: ui.context(), ocr: { ocr: opts.ocr, ocrEngine: opts.ocrEngine, ocrCache: opts.ocrCache } });
    for (const w of result.warnings) ui.warn(w);
    if (opts.json) return ui.json({ ...result, files: result.files.map((f) => path.relative(outDir, f)) });
    ui.info(renderAuditSummary(result));
    ui.info(tr(`打开 ${path.join(outDir, 'report.html')} 查看报告`, `open ${path.join(outDir, 'report.html')} to read the report`));
  });
}
