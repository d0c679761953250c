/**
 * Progress of long work on stderr: a bar redrawn in place on a terminal, a line per 10% otherwise (logs,
 * CI). Work below `min` items shows nothing; --quiet shows nothing.
 */
export type CountFn = (done: number, total: number) => void;

export interface CounterOptions {
  quiet?: boolean;
  /** stderr is a terminal (default: process.stderr.isTTY) */
  tty?: boolean;
  /** show nothing below this many items */
  min?: number;
  write?: (s: string) => void;
}

/** A counter for `label`: call it with (done, total); it draws at most once per percent. */
export function progressCounter(label: string, opts: CounterOptions = {}): CountFn {
  const write = opts.write ?? ((s: string) => void process.stderr.write(s));
  const tty = opts.tty ?? Boolean(process.stderr.isTTY);
  const min = opts.min ?? 0;
  let last = -1;
  return (done, total) => {
    if (opts.quiet || total < min || total <= 0) return;
    const pct = Math.floor((100 * Math.min(done, total)) / total);
    if (tty) {
      if (pct === last) return;
      last = pct;
      const width = 30;
      const fill = Math.round((width * pct) / 100);
      write(`\r${label} [${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${String(pct).padStart(3)}% ${done}/${total}${done >= total ? '\n' : ''}`);
      return;
    }
    const step = Math.floor(pct / 10) * 10;
    if (step === last) return;
    last = step;
    write(`${label} ${step}% (${done}/${total})\n`);
  };
}
