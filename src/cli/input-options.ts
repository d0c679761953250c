/**
 * The input flags, in one table shared by every command that reads files (import, sample, verify, score,
 * worksheet, schemes): how exports are read is the same whichever command reads them. The README's input-flags
 * table lists these rows.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_ENGINE, ENGINE_CHOICES, type OcrIngestOptions, tr } from '../api/index.js';

/** Parse a positive integer flag (e.g. --jobs). */
export function intOption(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(tr(`不是正整数：${value}`, `not a positive integer: ${value}`));
  }
  return n;
}

export interface InputOptionSpec {
  /** the option's key in the parsed options (and in OcrIngestOptions) */
  key: keyof InputFlags;
  flags: string;
  description: string;
  choices?: string[];
  default?: string;
  parse?: (value: string) => unknown;
}

/** The parsed input flags, as ingest() takes them. */
export type InputFlags = Pick<OcrIngestOptions, 'kind' | 'map' | 'skipBad' | 'duplicates' | 'ocr' | 'ocrEngine' | 'ocrCache' | 'ocrPages' | 'jobs'>;

export const INPUT_OPTIONS: InputOptionSpec[] = [
  { key: 'kind', flags: '--kind <kind>', description: 'record kind of table sheets when headers cannot tell', choices: ['cases', 'schemes'] },
  { key: 'map', flags: '--map <file>', description: 'JSON mapping of table headers to fields, e.g. {"案卷号": "id", "罚没款（万元）": "fine:wan"} (see import --print-map)' },
  { key: 'skipBad', flags: '--skip-bad', description: 'go on past unreadable inputs and list them' },
  { key: 'duplicates', flags: '--duplicates <mode>', description: 'duplicate ids: stop with an error, or keep the first and reject the rest', choices: ['error', 'reject'], default: 'error' },
  {
    key: 'ocr',
    flags: '--ocr <mode>',
    description: 'OCR for scanned PDF pages: auto (pages without a text layer; without an engine they are marked needs-ocr), require (auto, a missing engine is an error), off, force (every page, engine required)',
    choices: ['auto', 'require', 'off', 'force'],
    default: 'auto',
  },
  {
    key: 'ocrEngine',
    flags: '--ocr-engine <name>',
    description: 'OCR engine: paddle (PP-OCR, installed with caseaudit), tesseract (needs tesseract-ocr + chi_sim), both (paddle, doubtful digits checked by tesseract)',
    choices: [...ENGINE_CHOICES],
    default: DEFAULT_ENGINE,
  },
  {
    key: 'ocrPages',
    flags: '--ocr-pages <which>',
    description: 'scanned pages read in full: all, or key (the first page of each document and every page of the decision and the signed forms; other pages only at their top and bottom)',
    choices: ['all', 'key'],
    default: 'all',
  },
  { key: 'ocrCache', flags: '--ocr-cache <dir>', description: 'OCR result cache (default ~/.cache/caseaudit/ocr)' },
  { key: 'jobs', flags: '--jobs <n>', description: 'worker threads for PDFs and parallel OCR pages (default: all cores)', parse: intOption },
];

/**
 * Add the input flags to a command. `describe` rewords a flag for the command (sample: --kind is what to
 * draw); `omit` leaves flags out (verify takes the kind from the manifest).
 */
export function withInputOptions(cmd: Command, opts: { describe?: Partial<Record<keyof InputFlags, string>>; omit?: (keyof InputFlags)[] } = {}): Command {
  for (const spec of INPUT_OPTIONS) {
    if (opts.omit?.includes(spec.key)) continue;
    // already there (withOcrOptions then withIngestOptions on one command): each flag once
    if (cmd.options.some((o) => o.long === spec.flags.split(' ')[0])) continue;
    const o = new Option(spec.flags, opts.describe?.[spec.key] ?? spec.description);
    if (spec.choices) o.choices(spec.choices);
    if (spec.default !== undefined) o.default(spec.default);
    if (spec.parse) o.argParser(spec.parse);
    cmd.addOption(o);
  }
  return cmd;
}

/** The input flags out of a command's parsed options (nothing else), ready for ingest. */
export function inputFlags(opts: Partial<InputFlags>): InputFlags {
  const out: Record<string, unknown> = {};
  for (const spec of INPUT_OPTIONS) if (opts[spec.key] !== undefined) out[spec.key] = opts[spec.key];
  return out as InputFlags;
}
