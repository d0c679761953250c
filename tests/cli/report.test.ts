/** `caseaudit report` and `caseaudit rank` through the built binary: outputs, errors, byte-reproducibility. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';
import { FIXTURE } from '../report/fixture.js';

const results = path.join(FIXTURE, 'results.json');
const dataset = path.join(FIXTURE, 'dataset.json');
const schemes = path.join(FIXTURE, 'schemes.json');
const env = { SOURCE_DATE_EPOCH: '1751328000' };

describe('caseaudit report', () => {
  it('writes every format, byte-identical across runs with SOURCE_DATE_EPOCH', () => {
    const a = path.join(tmpDir(), 'a');
    const b = path.join(tmpDir(), 'b');
    const r1 = runCli(['report', results, '--dataset', dataset, '--schemes', schemes, '-o', a], { env });
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    const r2 = runCli(['report', results, '--dataset', dataset, '--schemes', schemes, '-o', b], { env });
    expect(r2.code).toBe(0);
    const names = readdirSync(a).sort();
    expect(names).toEqual(['report.docx', 'report.html', 'report.json', 'report.md', 'report.xlsx']);
    for (const n of names) expect(readFileSync(path.join(a, n)).equals(readFileSync(path.join(b, n))), n).toBe(true);
    expect(readFileSync(path.join(a, 'report.md'), 'utf8')).toContain('生成时间 | 2025年7月1日');
  });

  it('--format and --lang en; --json prints the summary', () => {
    const out = tmpDir();
    const r = runCli(['report', results, '--format', 'md,json', '--lang', 'en', '--json', '-o', out], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ scored: 8, vetoed: 1 });
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.md']);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('## 1. Summary');
  });

  it('bad input: exit 2, one message naming file and path, nothing written', () => {
    const dir = tmpDir();
    const bad = path.join(dir, 'results.json');
    writeFileSync(bad, JSON.stringify({ files: [{ id: 'x', score: 90, grade: 'great', vetoed: false, findings: [] }] }));
    const out = path.join(dir, 'out');
    const r = runCli(['report', bad, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('$.files[0].grade');
    expect(r.stderr).toContain(bad);
    expect(existsSync(out)).toBe(false);
    const u = runCli(['report', results, '--format', 'html,pdf', '-o', out]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('pdf');
    expect(existsSync(out)).toBe(false);
  });
});

describe('caseaudit rank', () => {
  it('--json prints the ranking contract', () => {
    const r = runCli(['rank', results, '--json', '--per-type']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ranking[0]).toMatchObject({ rank: 1, id: '赣州应急检〔2025〕3号', unit: '赣州市应急管理局', type: 'inspection', score: 100 });
    // equal on score, substantive deductions and findings: the file with a rule not checked comes after
    expect(j.ranking.slice(3, 5).map((x: { rank: number; id: string; notChecked: number }) => [x.rank, x.id, x.notChecked])).toEqual([
      [4, '九江应急罚〔2025〕8号', 0],
      [5, '（赣）应急罚〔2025〕2号', 1],
    ]);
    expect(j.units[0]).toEqual({ rank: 1, unit: '九江市应急管理局', files: 3, meanScore: 92, provisional: 0, final: true });
    expect(j.byType.map((t: { type: string }) => t.type)).toEqual(['coercion', 'inspection', 'penalty']);
  });

  it('writes ranking.json and ranking.md; a case in two results files is an input error', () => {
    const out = tmpDir();
    expect(runCli(['rank', results, '--top', '2', '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'ranking.json'), 'utf8')).ranking).toHaveLength(2);
    expect(readFileSync(path.join(out, 'ranking.md'), 'utf8')).toContain('| 1 | 赣州应急检〔2025〕3号');
    const dup = runCli(['rank', results, results]);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('（赣）应急罚〔2025〕1号');
  });
});
