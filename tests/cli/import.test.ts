import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

describe('caseaudit import (binary)', () => {
  it('--json prints only JSON on stdout', () => {
    const r = runCli(['import', 'samples/json', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.records).toBeGreaterThan(0);
    expect(summary.inputs[0]).toHaveProperty('status', 'ok');
  });

  it('writes the dataset with -o', () => {
    const out = path.join(tmpDir(), 'dataset.json');
    const r = runCli(['import', 'samples/json', '-o', out, '--quiet']);
    expect(r.code).toBe(0);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    expect(d.schemaVersion).toBe(1);
    expect(d.cases.length).toBeGreaterThan(0);
  });

  it('the dataset file equals the in-memory dataset (streamed writer), and -o - gives the same bytes on stdout', () => {
    const dir = tmpDir();
    const out = path.join(dir, 'dataset.json');
    expect(runCli(['import', 'samples/xlsx/cases.xlsx', 'samples/xlsx/schemes.xlsx', '-o', out, '--quiet']).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const d = JSON.parse(text);
    expect([d.cases.length, d.schemes.length]).toEqual([360, 120]);
    const stdout = runCli(['import', 'samples/xlsx/cases.xlsx', 'samples/xlsx/schemes.xlsx', '-o', '-', '--quiet']);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toBe(text);
    expect(readdirSync(dir)).toEqual(['dataset.json']); // no temporary files left
  });

  it('an output that is a folder is a usage error before anything is read', () => {
    const dir = tmpDir();
    const r = runCli(['import', 'samples/json', '-o', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the output is a folder');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 with one clear message for a missing input, writing nothing', () => {
    const out = path.join(tmpDir(), 'dataset.json');
    const r = runCli(['import', 'nope.json', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
    expect(existsSync(out)).toBe(false);
  });

  it('lists every bad input and writes nothing; --skip-bad goes on', () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, 'a.json'), '{"schemaVersion":1,"cases":[{"id":"X1"}]}');
    writeFileSync(path.join(dir, 'b.json'), 'not json');
    writeFileSync(path.join(dir, 'c.json'), '');
    const out = path.join(dir, 'out.json');
    const r = runCli(['import', dir, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.json');
    expect(r.stderr).toContain('c.json');
    expect(existsSync(out)).toBe(false);
    const ok = runCli(['import', dir, '-o', out, '--skip-bad', '--json']);
    expect(ok.code).toBe(0);
    const s = JSON.parse(ok.stdout);
    expect(s.records).toBe(1);
    expect(s.inputs.filter((i: { status: string }) => i.status === 'error')).toHaveLength(2);
    expect(existsSync(out)).toBe(true);
  });

  it('usage errors exit 2; help exits 0', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['import']).code).toBe(2);
    const h = runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('caseaudit');
  });

  it('messages default to Chinese and switch with --lang en', () => {
    expect(runCli(['import', 'nope.json']).stderr).toContain('不存在');
    expect(runCli(['import', 'nope.json', '--lang', 'en']).stderr).toContain('not found');
  });
});
