/** Options every command shares (-o, --json, --lang, --quiet, --debug) and the output helpers commands use. */
import { Command, InvalidArgumentError, Option } from 'commander';
import chalk from 'chalk';
import { setLang, tr, type Lang } from '../i18n.js';

export interface CommonOptions {
  output?: string;
  json?: boolean;
  lang: Lang;
  quiet?: boolean;
  debug?: boolean;
}

/** Add the common flags to a command. */
export function withCommonOptions(cmd: Command, outputHelp = 'output file (- for stdout)'): Command {
  return cmd
    .option('-o, --output <path>', outputHelp)
    .option('--json', 'machine-readable JSON on stdout, nothing else there')
    .addOption(new Option('--lang <lang>', 'language of messages and reports').choices(['zh', 'en']).default('zh'))
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--debug', 'show stack traces on errors');
}

/** Where a command talks: data on stdout, progress and warnings on stderr. */
export class Ui {
  readonly color: boolean;
  constructor(readonly opts: CommonOptions) {
    setLang(opts.lang);
    this.color = !process.env.NO_COLOR && Boolean(process.stderr.isTTY);
    chalk.level = this.color ? chalk.level || 1 : 0;
  }
  /** a progress line on stderr (not with --quiet) */
  progress(message: string): void {
    if (!this.opts.quiet) process.stderr.write(`${chalk.dim(message)}\n`);
  }
  /** a warning on stderr (always, unless --quiet) */
  warn(message: string): void {
    if (!this.opts.quiet) process.stderr.write(`${chalk.yellow('!')} ${message}\n`);
  }
  /** human output: stdout normally, stderr when --json holds stdout */
  info(message: string): void {
    if (this.opts.json) {
      if (!this.opts.quiet) process.stderr.write(`${message}\n`);
    } else process.stdout.write(`${message}\n`);
  }
  /** machine output: JSON on stdout */
  json(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
}

/** Parse a positive integer flag (e.g. --jobs). */
export function intOption(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(tr(`不是正整数：${value}`, `not a positive integer: ${value}`));
  }
  return n;
}

/** Add the input-reading flags every command that calls ingest() shares: --kind, --map, --skip-bad, --duplicates. */
/** --ocr and --ocr-cache, for every command that reads PDFs (scanned pages are OCR'd on the way in). */
export function withOcrOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--ocr <mode>', 'OCR for scanned PDF pages: auto (pages without a text layer), off, force (every page)').choices(['auto', 'off', 'force']).default('auto'))
    .option('--ocr-cache <dir>', 'OCR result cache (default ~/.cache/caseaudit/ocr)');
}

export function withIngestOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--kind <kind>', 'record kind of Excel sheets when headers cannot tell').choices(['cases', 'schemes']))
    .option('--map <file>', 'JSON mapping of Excel headers to fields, e.g. {"案卷号": "id", "罚没款（万元）": "fine:wan"}')
    .option('--skip-bad', 'go on past unreadable inputs and list them')
    .addOption(new Option('--duplicates <mode>', 'duplicate ids: stop with an error, or keep the first and reject the rest').choices(['error', 'reject']).default('error'));
}
