/** `caseaudit rectify`: rectification notices and feedback workbooks per unit; `--collect` merges the returned workbooks. */
import { Command } from 'commander';
import path from 'node:path';
import { withCommonOptions, Ui, intOption, type CommonOptions } from '../common.js';
import { collect, loadConfig, rectify, tr, UsageError } from '../../api/index.js';
import { renderCollect, renderRectify } from '../render-rectify.js';

type Opts = CommonOptions & { force?: boolean; deadline?: number; collect?: string; config?: string; calendar?: string; countermeasures?: string; checklist?: string[] } & Partial<Record<'results' | 'issued' | 'asOf' | 'by' | 'period' | 'previous' | 'status' | 'addressee' | 'index', string>>;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('rectify')
      .description('rectification notices (整改通知书) and feedback workbooks per audited unit; --collect merges the returned workbooks')
      .argument('[results]', 'score results JSON (caseaudit score -o results.json)')
      .option('--deadline <days>', 'working days allowed for rectification (default 30, or the config\'s followup.deadlineDays)', intOption)
      .option('--issued <date>', 'issue date of the notices, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH)')
      .option('--by <unit>', 'issuing office (落款)')
      .option('--period <text>', 'audit period named in the notices, e.g. 2025H1')
      .option('--config <file>', 'run config: its followup section (deadlineDays, countermeasures, previous, escalation thresholds)')
      .option('--previous <file>', 'previous period results.json or report.json (threshold repeatedRule)')
      .option('--status <file>', 'status.json from --collect (threshold overdueAbove)')
      .option('--addressee <text>', '主送 of the draft 通报')
      .option('--countermeasures <file>', 'countermeasures per rule (default templates/countermeasures.json)')
      .option('--checklist <files...>', 'checklists in use (their item titles name the problems in the 通报)')
      .option('--calendar <dir>', 'holiday calendar folder (<year>.json)')
      .option('--force', 'overwrite feedback workbooks that differ (e.g. returned ones) in the output folder')
      .option('--collect <dir>', 'merge the returned feedback workbooks of this folder (needs --results)')
      .option('--results <file>', 'with --collect: the score results the notices were written from')
      .option('--as-of <date>', 'with --collect: the day the status is taken, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH)')
      .option('--index <file>', 'with --collect: rectify.json of the notices (default: beside the feedback folder)')
      .addHelpText(
        'after',
        '\nExamples:\n  caseaudit rectify results.json -o rectify/ --deadline 30 --period 2025H1\n  caseaudit rectify --collect rectify/feedback --results results.json -o status.json\n  caseaudit rectify results.json -o rectify/ --config audit.json --previous last/results.json --status status.json',
      ),
    'output folder (notices) or, with --collect, status.json (- for stdout)',
  ).action(async (results: string | undefined, opts: Opts) => {
    const ui = new Ui(opts);
    for (const [k, v] of [['--issued', opts.issued], ['--as-of', opts.asOf]] as const) {
      if (v && !ISO.test(v)) throw new UsageError(tr(`${k} 应为 YYYY-MM-DD：${v}`, `${k} must be YYYY-MM-DD: ${v}`));
    }
    if (opts.collect) {
      const res = opts.results ?? results;
      if (!res) throw new UsageError(tr('--collect 需要 --results results.json', '--collect needs --results results.json'));
      const output = opts.output && opts.output !== '-' ? path.resolve(opts.output) : undefined;
      const status = await collect({ feedback: opts.collect, results: res, output, asOf: opts.asOf, index: opts.index, context: ui.context() });
      const unknown = new Set(status.findings.filter((f) => f.deadline === null).map((f) => f.unit));
      if (unknown.size) ui.warn(tr(`${unknown.size} 个单位没有报回反馈表，且未找到 rectify.json：其整改期限未知，不计逾期（用 --index 指定）`, `${unknown.size} unit(s) sent nothing back and no rectify.json was found: their deadline is unknown and nothing of theirs counts as overdue (pass --index)`));
      for (const p of status.problems) ui.warn(`${p.file}${p.row ? ` ${tr('第', 'row ')}${p.row}${tr('行', '')}` : ''}: ${p.message}`);
      if (opts.json || opts.output === '-') return ui.json(status);
      return ui.info(renderCollect(status, output));
    }
    if (!results) throw new UsageError(tr('缺少评分结果文件：caseaudit rectify results.json -o 文件夹', 'missing the score results: caseaudit rectify results.json -o DIR'));
    const cfg = opts.config ? (await loadConfig(opts.config)).followup : undefined;
    const outDir = path.resolve(opts.output ?? 'rectify');
    const r = await rectify({
      context: ui.context(),
      results,
      outDir,
      deadlineDays: opts.deadline ?? cfg?.deadlineDays,
      issued: opts.issued,
      issuer: opts.by,
      period: opts.period,
      countermeasures: opts.countermeasures ?? cfg?.countermeasures,
      calendarDir: opts.calendar,
      escalation: cfg?.escalation,
      previous: opts.previous ?? cfg?.previous,
      status: opts.status,
      addressee: opts.addressee,
      checklists: opts.checklist,
      force: opts.force,
    });
    for (const k of r.notChecked) ui.warn(tr(`阈值 ${k} 未检查：缺少所需输入（--previous 或 --status）`, `threshold ${k} not checked: its input is missing (--previous or --status)`));
    if (opts.json) return ui.json({ ...r, files: r.files.map((f) => path.relative(outDir, f)) });
    ui.info(renderRectify(r));
  });
}
