/** `caseaudit init` + `caseaudit run` end to end on the bundled samples, including failOn (exit 1) and bad configs. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

const env = { SOURCE_DATE_EPOCH: '1751328000' };

describe('caseaudit init + run', () => {
  it('the starter config runs as-is; all outputs land; failOn crossed → exit 1 with outputs still written', () => {
    const dir = tmpDir();
    const cfgFile = path.join(dir, 'audit.json');
    expect(runCli(['init', '-o', cfgFile]).code).toBe(0);
    expect(runCli(['init', '-o', cfgFile]).code).toBe(2); // refuses to overwrite
    const r = runCli(['run', '--config', cfgFile, '--json'], { env });
    expect(r.stderr).not.toContain('错误');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.exitCode).toBe(0);
    expect(summary.drawn).toBeGreaterThan(0);
    expect(summary.summary.scored).toBe(summary.drawn);
    const out = path.join(dir, 'out');
    const names = readdirSync(out);
    for (const n of ['dataset.json', 'manifest-cases.json', 'manifest-cases.xlsx', 'manifest-schemes.json', 'results.json', 'review.xlsx', 'schemes.json', 'report.html', 'report.docx', 'report.xlsx', 'report.md', 'report.json', 'ranking.json', 'ranking.md']) {
      expect(names, n).toContain(n);
    }
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest-cases.json'), 'utf8'));
    expect(manifest.seed).toBe('20250701');
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('| 随机种子 | 20250701 |');
    expect(readdirSync(dir).filter((n) => n.includes('staging'))).toEqual([]);

    const cfg = JSON.parse(readFileSync(cfgFile, 'utf8'));
    cfg.failOn = { meanScoreBelow: 100 };
    writeFileSync(cfgFile, JSON.stringify(cfg));
    const out2 = path.join(dir, 'strict');
    const f = runCli(['run', '-c', cfgFile, '-o', out2], { env });
    expect(f.code).toBe(1);
    expect(f.stdout).toMatch(/未达标：平均分(至多)? [\d.]+.*低于 100/);
    expect(existsSync(path.join(out2, 'report.html'))).toBe(true);
  });

  it('a bad config: exit 2 naming the key, nothing written', () => {
    const dir = tmpDir();
    const cfgFile = path.join(dir, 'audit.json');
    writeFileSync(cfgFile, JSON.stringify({ inputs: ['@samples/json/province.json'], outputs: { dir: 'out' }, failOn: { failShareAbove: 2 } }));
    const r = runCli(['run', '--config', cfgFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('$.failOn.failShareAbove');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a missing input: exit 2 and the output folder untouched', () => {
    const dir = tmpDir();
    const cfgFile = path.join(dir, 'audit.json');
    writeFileSync(cfgFile, JSON.stringify({ inputs: ['nope.json'], seed: '1', preset: 'semiannual-cases' }));
    const r = runCli(['run', '--config', cfgFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json');
    expect(readdirSync(dir).sort()).toEqual(['audit.json']);
  });
});
