/** Options every command shares (-o, --json, --lang, --quiet, --debug) and the output helpers commands use. */
import { Command, Option } from 'commander';
import chalk from 'chalk';
import { createContext, switchLang, type Context, type Lang } from '../api/index.js';

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
    switchLang(opts.lang); // this command's scope (cli/main.ts): its messages below speak --lang
    this.color = !process.env.NO_COLOR && Boolean(process.stderr.isTTY);
    chalk.level = this.color ? chalk.level || 1 : 0;
  }
  /**
   * The Context for the API calls of this command: its language, SOURCE_DATE_EPOCH parsed once, progress on
   * stderr, output `-` on stdout.
   */
  context(extra: { lang?: Lang; cache?: Context['cache'] } = {}): Context {
    return createContext({ lang: extra.lang ?? this.opts.lang, progress: (m) => this.progress(m), stdout: process.stdout, cache: extra.cache });
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

export { intOption } from './input-options.js';
import { withInputOptions } from './input-options.js';

/** --ocr, --ocr-cache and --jobs alone (the rows of the input-flags table about PDFs and OCR). */
export function withOcrOptions(cmd: Command): Command {
  return withInputOptions(cmd, { omit: ['kind', 'map', 'skipBad', 'duplicates', 'ocrPages'] });
}

/** Every input flag (src/cli/input-options.ts): --kind, --map, --skip-bad, --duplicates, --ocr, --ocr-cache, --jobs. */
export function withIngestOptions(cmd: Command): Command {
  return withInputOptions(cmd);
}
