/** `caseaudit score --documents` through the built binary: warnings on stderr, the results file, exit codes. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { scenario } from '../helpers/case-register.js';

describe('caseaudit score --documents (binary)', async () => {
  const s = await scenario();

  it('scores the drawn cases from their PDFs, warning on stderr about the case without one and the register/PDF disagreement', () => {
    const out = path.join(s.dir, 'results.json');
    const r = runCli(['score', s.register, '--sample', s.manifest, '--documents', s.docs, '-o', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`1 drawn case(s) have no case-file PDF in --documents; scored on their register row: ${s.drawn[3]!.id}`);
    expect(r.stderr).toMatch(/disagree; scored on the case file, check: fine: register "20000", case file "30000"/);
    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results.files).toHaveLength(4);
    expect(results.documents.matched).toBe(3);
  });

  it('--documents without --sample is a usage error (exit 2), nothing written', () => {
    const out = path.join(s.dir, 'nothing.json');
    const r = runCli(['score', s.register, '--documents', s.docs, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--documents needs --sample/);
    expect(existsSync(out)).toBe(false);
  });

  it('a --documents folder without any PDF is an input error naming it', () => {
    const empty = path.join(s.dir, 'no-pdfs');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'notes.txt'), '扫描批次说明');
    const r = runCli(['score', s.register, '--sample', s.manifest, '--documents', empty, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no PDF files in --documents: ${empty}`);
  });
});
