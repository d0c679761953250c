/** The caseaudit program: global wiring and the one place where errors become exit codes. */
import { Command, CommanderError } from 'commander';
import chalk from 'chalk';
import { CaseAuditError, formatLocation, fsError, onFirstTemp, removeSync, removeTrackedSync, sourceDateEpoch, takeCleanupNotices, takeXmlReplacements, toolVersion, tr, trackedTemps, withLang } from '../api/index.js';
import { COMMANDS } from './commands/index.js';

/** Exit codes: 0 done; 1 done but a --fail-on threshold was crossed; 2 usage or input error, nothing written. */
export const EXIT = { OK: 0, THRESHOLD: 1, ERROR: 2 } as const;

export function buildProgram(): Command {
  const program = new Command('caseaudit')
    .description(
      '安全生产行政执法案卷评查工具 — audit work-safety enforcement case files: seeded sampling, checklist scoring, reports, rankings',
    )
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  for (const c of program.commands) c.exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  caseaudit demo                                   # whole job on the bundled samples → ./out/
  caseaudit import samples/json -o dataset.json
  caseaudit sample dataset.json --preset semiannual-cases --seed 2025 -o manifest.json

Exit codes: 0 done · 1 done, a --fail-on threshold crossed · 2 usage, input or file-system error (nothing written) · 130/143 interrupted`,
  );
  return program;
}

/**
 * Run the CLI with argv; returns the exit code (never calls process.exit itself — only the interrupt and
 * broken-pipe handlers below end the process). The command runs in a language scope of its own: --lang, or
 * what the command switches it to (a run config's language).
 */
export async function main(argv: string[]): Promise<number> {
  const langIdx = argv.indexOf('--lang');
  return withLang(langIdx >= 0 && argv[langIdx + 1] === 'en' ? 'en' : 'zh', () => command(argv));
}

async function command(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  if (process.env.NO_COLOR) chalk.level = 0;
  installInterruptCleanup();
  watchStdout();
  const program = buildProgram();
  try {
    sourceDateEpoch(); // a malformed SOURCE_DATE_EPOCH is a usage error for every command, before any work
    takeXmlReplacements();
    await program.parseAsync(argv, { from: 'user' });
    warnXmlReplacements(argv);
    // data written to stdout must have arrived: `> /dev/full` or a closed disk is an error, not exit 0
    const lost = await stdoutFlushed();
    if (lost) return reportError(fsError(lost, '-'), debug);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    return reportError(err, debug);
  } finally {
    for (const n of takeCleanupNotices()) process.stderr.write(`${chalk.yellow('!')} ${n}\n`);
  }
}

let interruptHooked = false;

/**
 * Temp files and staging folders are removed on Ctrl-C / SIGTERM, then the process exits 130 / 143. The handler
 * is installed when the first temp file is tracked (util/cleanup.ts), so a command that writes nothing keeps
 * the default signal behaviour.
 */
export function installInterruptCleanup(): void {
  if (interruptHooked) return;
  interruptHooked = true;
  onFirstTemp(() => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      process.once(signal, () => {
        const seen = trackedTemps();
        removeTrackedSync();
        // a temp file whose open(2) was still in flight may appear just after: look once more, then exit
        setTimeout(() => {
          removeSync([...seen, ...trackedTemps()]);
          process.exit(code);
        }, 50);
      });
    }
  });
}

let stdoutError: NodeJS.ErrnoException | undefined;
let stdoutWatched = false;

/** Keep stdout's first write error; a broken pipe (`caseaudit … | head`) exits quietly at once. */
function watchStdout(): void {
  stdoutError = undefined;
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      removeTrackedSync(); // temp files of a stream cut short go too
      process.exit(0);
    }
    stdoutError ??= err;
  });
  // stderr (progress, warnings) read by a pipe that closes (`2>&1 >/dev/null | head`): the run goes on without
  // it — an unhandled EPIPE here killed it with exit 1 and left its staging folder behind
  process.stderr.on('error', () => undefined);
}

/** Wait until stdout has taken everything written (its errors arrive asynchronously); the error, if any. */
async function stdoutFlushed(): Promise<NodeJS.ErrnoException | undefined> {
  const out = process.stdout;
  if (out.writableLength > 0 && !out.destroyed) await new Promise<void>((resolve) => out.once('drain', resolve).once('close', resolve).once('error', () => resolve()));
  await new Promise<void>((resolve) => setImmediate(resolve));
  const err = stdoutError;
  stdoutError = undefined;
  return err;
}

/** Characters XML forbids (U+FFFE, U+FFFF, control characters) replaced in xlsx/docx outputs: said, never silent. */
function warnXmlReplacements(argv: string[]): void {
  const n = takeXmlReplacements();
  if (!n || argv.includes('--quiet') || argv.includes('-q')) return;
  process.stderr.write(
    `${chalk.yellow('!')} ${tr(`输入文本中有 ${n} 个 XML 不允许的字符（如 U+FFFE、U+FFFF、控制字符），在 xlsx/docx 输出中已替换为 U+FFFD（�）`, `${n} characters XML does not allow (such as U+FFFE, U+FFFF, control characters) in the input text were replaced by U+FFFD (�) in the xlsx/docx outputs`)}\n`,
  );
}

function reportError(error: unknown, debug: boolean): number {
  const err = fsError(error) ?? error;
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
    return EXIT.ERROR; // commander already printed its message
  }
  const label = chalk.red(tr('错误', 'error'));
  if (err instanceof CaseAuditError) {
    const where = formatLocation(err.location);
    const showWhere = where && !err.message.includes(err.location?.file ?? '\u0000') ? ` (${where})` : '';
    process.stderr.write(`caseaudit: ${label}: ${err.message}${showWhere}\n`);
    for (const d of err.details) process.stderr.write(`  - ${d}\n`);
    if (err.hint) process.stderr.write(`  ${tr('提示', 'hint')}: ${err.hint}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`caseaudit: ${label}: ${tr('内部错误', 'internal error')}: ${e?.message ?? String(err)}\n`);
  if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
  else process.stderr.write(`  ${tr('提示', 'hint')}: ${tr('加 --debug 查看堆栈', 'run with --debug for a stack trace')}\n`);
  return EXIT.ERROR;
}
