import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ingest } from '../../src/ingest/index.js';
import type { Dataset } from '../../src/model/types.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';
import { brokenRules, loadOracle, type Oracle } from './oracle.js';

const CASE_RULES = ['officers-min-two', 'officer-cert-missing', 'officer-cert-duplicate', 'officer-cert-expired', 'facts-missing', 'party-missing', 'credit-code-invalid',
  'evidence-missing', 'evidence-required-types', 'basis-missing', 'article-unknown', 'fine-out-of-range', 'notice-missing', 'notice-after-decision', 'hearing-right-missing',
  'legal-review-missing', 'decision-overdue', 'service-late', 'publication-missing', 'publication-late', 'reinspection-missing', 'dates-out-of-order', 'credit-push-missing',
  'three-in-one-meetings', 'three-in-one-presence', 'three-in-one-experts', 'supervision-entry-missing', 'inspection-unplanned'];
const SCHEME_RULES = ['method-missing', 'content-missing', 'officers-insufficient', 'not-in-annual-plan', 'date-missing', 'key-items-missing', 'kickoff-missing', 'summary-missing', 'experts-missing'];
const SAMPLES = path.join(ROOT, 'samples');

interface Expected { cases: Record<string, string[]>; schemes: Record<string, { verdict: string; reasons: string[] }> }
let data: Dataset;
let expected: Expected;
let oracle: Oracle;

beforeAll(async () => {
  data = (await ingest([path.join(SAMPLES, 'json')])).dataset;
  expected = JSON.parse(readFileSync(path.join(SAMPLES, 'expected.json'), 'utf8')) as Expected;
  oracle = await loadOracle();
});

describe('bundled samples', () => {
  it('validate against the dataset schema and hold a province-sized mix', () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(300);
    expect(data.schemes.length).toBeGreaterThanOrEqual(100);
    const levels = new Set(data.cases.map((c) => c.unit));
    expect(levels.size).toBe(34);
    const halves = new Set(data.cases.map((c) => (c.dates?.filed ?? '') < '2025-07-01'));
    expect(halves).toEqual(new Set([true, false]));
  });

  it('have unique ids, and expected.json lists exactly those ids', () => {
    const ids = data.cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(expected.cases).sort()).toEqual([...ids].sort());
    const sids = data.schemes.map((s) => s.id);
    expect(new Set(sids).size).toBe(sids.length);
    expect(Object.keys(expected.schemes).sort()).toEqual([...sids].sort());
  });

  it('plant every case-file and scheme rule at least once, about 40% of files defective', () => {
    const planted = new Set(Object.values(expected.cases).flat());
    for (const r of CASE_RULES) expect(planted, r).toContain(r);
    expect([...planted].filter((r) => !CASE_RULES.includes(r))).toEqual([]);
    const reasons = new Set(Object.values(expected.schemes).flatMap((s) => s.reasons));
    for (const r of SCHEME_RULES) expect(reasons, r).toContain(r);
    const share = Object.values(expected.cases).filter((r) => r.length).length / data.cases.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });

  it('break exactly the planted rules: clean files pass every check, planted files only theirs', () => {
    const schemes = new Map(data.schemes.map((s) => [s.id, s]));
    const wrong = data.cases.map((c) => ({ id: c.id, got: brokenRules(c, oracle, schemes), want: expected.cases[c.id] })).filter((x) => x.got.join() !== x.want!.join());
    expect(wrong).toEqual([]);
  });

  it('clean penalty files have fines inside the first tier of the cited article and certificates valid to closing', () => {
    for (const c of data.cases.filter((x) => x.type === 'penalty' && !expected.cases[x.id]!.length)) {
      const r = oracle.ranges.get(c.penaltyArticles![0]!)!;
      expect(c.fine! >= r.range[0] && c.fine! <= r.range[1], `${c.id} ${c.fine}`).toBe(true);
      for (const o of c.officers!) expect(o.certValidUntil! >= c.dates!.closed!, c.id).toBe(true);
    }
  });

  it('scheme verdicts: rejected exactly when a reject rule is planted', () => {
    const warn = new Set(['kickoff-missing', 'summary-missing', 'experts-missing']);
    for (const [id, s] of Object.entries(expected.schemes)) {
      expect(s.verdict, id).toBe(s.reasons.some((r) => !warn.has(r)) ? 'rejected' : 'approved');
    }
  });

  it('caseaudit schemes gives every scheme exactly its expected verdict and reasons', () => {
    const r = runCli(['schemes', path.join(SAMPLES, 'json'), '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const got = (JSON.parse(r.stdout) as { schemes: { id: string; verdict: string; reasons: { ruleId: string }[] }[] }).schemes;
    expect(got).toHaveLength(data.schemes.length);
    const wrong = got.filter((s) => s.verdict !== expected.schemes[s.id]!.verdict || s.reasons.map((x) => x.ruleId).sort().join() !== [...expected.schemes[s.id]!.reasons].sort().join());
    expect(wrong.map((s) => s.id)).toEqual([]);
  });

  it('the spreadsheets hold the same records as the JSON and no others', async () => {
    const ids = async (file: string, header: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(SAMPLES, 'xlsx', file));
      const ws = wb.worksheets[0]!;
      let col = -1;
      const out: string[] = [];
      ws.eachRow((row) => {
        const vals = (row.values as unknown[]).map((v) => (v == null ? '' : String(v)));
        if (col >= 0) out.push(vals[col]!);
        else col = vals.indexOf(header);
      });
      return out;
    };
    expect((await ids('cases.xlsx', '案件编号')).sort()).toEqual(data.cases.map((c) => c.id).sort());
    expect((await ids('schemes.xlsx', '方案编号')).sort()).toEqual(data.schemes.map((s) => s.id).sort());
    const sgs = await ids('shuanggongshi-2025.xlsx', '行政处罚决定书文号');
    expect(sgs.length).toBeGreaterThan(100);
    const penalties = new Set(data.cases.filter((c) => c.type === 'penalty').map((c) => c.id));
    expect(sgs.filter((id) => !penalties.has(id))).toEqual([]);
  });

  it('the generator reproduces the committed files byte for byte', () => {
    const out = tmpDir('caseaudit-samples-');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-samples.mjs'), out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = ['expected.json', 'json/province.json', ...readdirSync(path.join(SAMPLES, 'xlsx')).map((f) => `xlsx/${f}`)];
    for (const f of files) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(SAMPLES, f))), f).toBe(true);
  });
});
