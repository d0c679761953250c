import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

const FIX = 'tests/fixtures/schemes/basic';

describe('caseaudit schemes (binary)', () => {
  it('reviews schemes: --json prints the result only, verdicts as expected', () => {
    const r = runCli(['schemes', `${FIX}/schemes.json`, '--json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    const verdicts = Object.fromEntries(res.schemes.map((s: { id: string; verdict: string }) => [s.id, s.verdict]));
    expect(verdicts['南昌应急检〔2025〕1号']).toBe('approved');
    expect(verdicts['南昌应急检〔2025〕2号']).toBe('rejected'); // skips the key items of hazardous chemicals
    expect(verdicts['南昌应急检〔2025〕3号']).toBe('rejected'); // one officer
    expect(verdicts['南昌应急检〔2025〕4号']).toBe('rejected'); // outside the annual plan
    expect(res.summary).toMatchObject({ drawn: 6, approved: 2, rejected: 4 });
    const six = res.schemes.find((s: { id: string }) => s.id === '南昌应急检〔2025〕6号');
    expect(six.notChecked.map((n: { ruleId: string }) => n.ruleId)).toEqual(['not-in-annual-plan', 'key-items-missing']);
    expect(runCli(['schemes', `${FIX}/schemes.json`, '--json']).stdout).toBe(r.stdout); // byte-identical rerun
  });

  it('writes the result and safe notice files together; --fail-on rejected exits 1', () => {
    const dir = tmpDir();
    const r = runCli(['schemes', `${FIX}/schemes.json`, '-o', path.join(dir, 'schemes.json'), '--notices', path.join(dir, 'notices'), '--fail-on', 'rejected', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('4 rejected');
    const notices = readdirSync(path.join(dir, 'notices')).sort();
    expect(notices).toHaveLength(12);
    expect(notices.every((n) => /^[\p{L}\p{N}_-]+\.(md|html|docx)$/u.test(n))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['notices', 'schemes.json']); // nothing escaped the folder
    const evil = notices.find((n) => n.startsWith('etc_b_evil') && n.endsWith('.html'))!;
    expect(readFileSync(path.join(dir, 'notices', evil), 'utf8')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('--sample reviews only the drawn schemes, in draw order', () => {
    // manifest made with: caseaudit sample tests/fixtures/schemes/basic/schemes.json --kind schemes --rate 40% --seed 7
    const r = runCli(['schemes', `${FIX}/schemes.json`, '--sample', `${FIX}/manifest.json`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.schemes.map((s: { id: string }) => s.id)).toEqual(['南昌应急检〔2025〕3号', '南昌应急检〔2025〕4号', '南昌应急检〔2025〕1号']);
    expect(res.summary.byUnit).toEqual({ 九江市应急管理局: { drawn: 1, approved: 0, rejected: 1 }, 南昌市应急管理局: { drawn: 2, approved: 1, rejected: 1 } });
  });

  it('a bad --rules file exits 2 naming the key, writing nothing', () => {
    const dir = tmpDir();
    const rules = path.join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ rules: { 'key-items-missing': 'sometimes' } }));
    const out = path.join(dir, 'out.json');
    const r = runCli(['schemes', `${FIX}/schemes.json`, '--rules', rules, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('$.rules["key-items-missing"]');
    expect(existsSync(out)).toBe(false);
  });

  it('a manifest drawn from other inputs exits 2 naming the missing scheme', () => {
    const dir = tmpDir();
    const data = JSON.parse(readFileSync(`${FIX}/schemes.json`, 'utf8'));
    data.schemes = data.schemes.filter((s: { id: string }) => s.id !== '南昌应急检〔2025〕4号');
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify(data));
    const r = runCli(['schemes', path.join(dir, 'other.json'), '--sample', `${FIX}/manifest.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('南昌应急检〔2025〕4号');
  });
});
