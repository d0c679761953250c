import { describe, it, expect } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

const FX = path.resolve('tests/fixtures/pdf');

/** A folder with good, scanned and broken PDFs. */
function folder(): string {
  const dir = tmpDir();
  for (const f of ['case-basic.pdf', 'case-scanned-pages.pdf', 'encrypted.pdf', 'corrupt.pdf', 'stsong-nonembedded.pdf']) copyFileSync(path.join(FX, f), path.join(dir, f));
  return dir;
}

describe('caseaudit import with PDFs (binary)', () => {
  it('stops with exit 2 naming every unreadable PDF and writes nothing', () => {
    const dir = folder();
    const out = path.join(dir, 'dataset.json');
    const r = runCli(['import', dir, '-o', out, '--jobs', '2', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('encrypted.pdf');
    expect(r.stderr).toContain('corrupt.pdf');
    expect(existsSync(out)).toBe(false);
  });

  it('--skip-bad imports the rest, counts the bad ones, marks the scanned file needs-ocr (with --ocr off)', () => {
    const dir = folder();
    const out = path.join(dir, 'dataset.json');
    const r = runCli(['import', dir, '-o', out, '--jobs', '2', '--skip-bad', '--ocr', 'off', '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.inputs.map((i: { path: string; status: string }) => [path.basename(i.path), i.status])).toEqual([
      ['case-basic.pdf', 'ok'],
      ['case-scanned-pages.pdf', 'needs-ocr'],
      ['corrupt.pdf', 'error'],
      ['encrypted.pdf', 'error'],
      ['stsong-nonembedded.pdf', 'ok'],
    ]);
    expect(summary.cases).toBe(3);
    expect(r.stderr).toMatch(/\[\d\/5\] read /); // progress on stderr
    const d = JSON.parse(readFileSync(out, 'utf8'));
    const scanned = d.cases.find((c: { id: string }) => c.id === '（赣）应急罚〔2025〕14号');
    expect(scanned).toMatchObject({ status: 'needs-ocr', needsOcrPages: [2, 3] });
  });
});
