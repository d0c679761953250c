/** Progress of long work: a bar on a terminal, a line per 10% otherwise, nothing for short work or --quiet. */
import { describe, expect, it } from 'vitest';
import { progressCounter } from '../../src/cli/progress.js';

function run(opts: Parameters<typeof progressCounter>[1], total: number): string[] {
  const out: string[] = [];
  const tick = progressCounter('评查', { ...opts, write: (s) => out.push(s) });
  for (let i = 1; i <= total; i++) tick(i, total);
  return out;
}

describe('progressCounter', () => {
  it('writes a line per 10% when stderr is not a terminal', () => {
    const lines = run({ tty: false }, 20_000);
    expect(lines).toHaveLength(10 + 1);
    expect(lines[0]).toBe('评查 0% (1/20000)\n');
    expect(lines.at(-1)).toBe('评查 100% (20000/20000)\n');
  });

  it('redraws one bar in place on a terminal, ending with a newline', () => {
    const lines = run({ tty: true }, 1000);
    expect(lines.length).toBeLessThanOrEqual(101);
    for (const l of lines) expect(l.startsWith('\r评查 [')).toBe(true);
    expect(lines.at(-1)).toMatch(/100% 1000\/1000\n$/);
  });

  it('stays silent for short work and with --quiet', () => {
    expect(run({ tty: false, min: 10_000 }, 9_999)).toEqual([]);
    expect(run({ tty: false, quiet: true }, 20_000)).toEqual([]);
  });
});
