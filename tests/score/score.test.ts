import { describe, it, expect } from 'vitest';
import { scoreCases } from '../../src/score/index.js';
import { schemaValidator } from '../../src/model/validate.js';
import { cleanCase, withPatch } from '../checklist/rule-tester.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tmpDir } from '../helpers/cli.js';

describe('scoring', () => {
  it('a clean file scores 100 but stays 待定 (provisional, at best excellent) while manual items are pending', () => {
    const r = scoreCases([cleanCase()]);
    const f = r.files[0]!;
    expect(f).toMatchObject({ score: 100, grade: 'provisional', bestGrade: 'excellent', final: false, provisionalReasons: ['manual-pending'], vetoed: false, findings: [], notChecked: [] });
    expect(f.manualPending).toEqual(['discretion-benchmark', 'documents-correct', 'archive-complete']);
  });
  it('deducts per defect, capped at the item points', () => {
    // dates-out-of-order: 3 points, 1 per defect; four pairs out of order → 3 deducted, not 4
    const r = scoreCases([withPatch({ dates: { filed: '2025-03-03', notified: '2025-03-20', decided: '2025-04-01', served: '2025-04-03', published: '2025-04-07', paid: '2025-03-29', closed: '2025-03-28' } })]);
    const f = r.files[0]!;
    const d = f.findings.filter((x) => x.ruleId === 'dates-out-of-order');
    expect(d.length).toBe(4);
    expect(d.reduce((s, x) => s + x.deduction, 0)).toBe(3);
    expect(f.score).toBe(97);
    expect(f.bestGrade).toBe('excellent');
  });
  it('a veto finding sets the score to 0 and the grade to fail', () => {
    const f = scoreCases([withPatch((c) => delete c.facts)]).files[0]!;
    expect(f).toMatchObject({ score: 0, grade: 'fail', vetoed: true });
    expect(f.findings.map((x) => [x.ruleId, x.veto, x.basis])).toEqual([['facts-missing', true, '《中华人民共和国行政处罚法》第四十条']]);
  });
  it('grades good and pass by the template cut-offs', () => {
    const good = scoreCases([withPatch({ creditPushed: false, dates: { filed: '2024-12-01', served: '2025-04-30', published: '2025-04-30' } })]).files[0]!;
    // -3 overdue, -2 service, -1 publication, -1 served after closure, -2 credit push
    expect(good.findings.map((x) => [x.ruleId, x.deduction])).toEqual([
      ['decision-overdue', 3], ['service-late', 2], ['publication-late', 1], ['dates-out-of-order', 1], ['credit-push-missing', 2],
    ]);
    expect(good.score).toBe(91);
    expect(good).toMatchObject({ grade: 'provisional', bestGrade: 'excellent' });
    const pass = scoreCases([withPatch({ creditPushed: false, fine: 250000, dates: { filed: '2024-12-01', served: '2025-04-30', published: '2025-04-30' }, evidence: ['照片'] })]).files[0]!;
    // a 25万 fine on a unit also needs the hearing right, a veto item
    expect(pass).toMatchObject({ vetoed: true, score: 0, grade: 'fail' });
    // both required evidence types missing (-7); 第九十四条 fines persons only, so the range is not checked for a unit
    const mid = scoreCases([withPatch({ creditPushed: false, fine: 20000, dates: { filed: '2024-12-01', served: '2025-04-30', published: '2025-04-30' }, evidence: ['照片'], penaltyArticles: ['《安全生产法》第九十四条'] })]).files[0]!;
    expect(mid.score).toBe(91 - 7);
    expect(mid).toMatchObject({ grade: 'provisional', bestGrade: 'good' });
  });
  it('an unread scan lists every automatic rule as not checked and is not graded on them', () => {
    const f = scoreCases([withPatch({ status: 'needs-ocr' })]).files[0]!;
    expect(f.findings).toEqual([]);
    expect(f.notChecked.length).toBe(31); // reinspection-missing does not apply: no rectification order
    expect(f.notCheckedReasons['facts-missing']).toMatch(/needs-ocr/);
    expect(f.status).toBe('needs-ocr');
    expect(f).toMatchObject({ grade: 'provisional', notCheckedShare: 1, provisionalReasons: ['manual-pending', 'not-checked'] });
  });
  it('skips items whose appliesTo does not match (credit code for individuals, re-inspection without an order)', () => {
    const f = scoreCases([withPatch({ party: { name: '张某', kind: 'individual', creditCode: 'bad' }, fine: 5000 })]).files[0]!;
    expect(f.findings.map((x) => x.ruleId)).not.toContain('credit-code-invalid');
    expect(f.notChecked).not.toContain('reinspection-missing');
  });
  it('uses the inspection checklist for inspection files', () => {
    const r = scoreCases([withPatch({ type: 'inspection', penaltyArticles: [], fine: undefined, dates: { filed: '2025-03-03', rectificationDeadline: '2025-03-20' } })]);
    expect(r.files[0]!.checklist).toBe('inspection');
    expect(r.files[0]!.findings.map((x) => x.ruleId)).toEqual(['reinspection-missing']);
    expect(r.files[0]!.score).toBe(88);
  });
  it('messages follow the language; the result validates against results.schema.json', () => {
    const r = scoreCases([withPatch({ creditPushed: false }), withPatch({ id: 'B-2', status: 'needs-ocr' })]);
    expect(r.files[0]!.findings[0]!.message).toBe('处罚决定未推送信用平台');
    const v = schemaValidator('results');
    expect(v(r), JSON.stringify(v.errors)).toBe(true);
    expect(r.summary).toMatchObject({ files: 2, byGrade: { excellent: 0, good: 0, pass: 0, fail: 0, provisional: 2 }, provisional: 2, withNotChecked: 1 });
  });

  it('caps the grade when more than a third of the automatic points could not be checked (checklist option maxNotCheckedShare)', () => {
    const checklist = JSON.parse(readFileSync(path.join(ROOT, 'templates/checklists/penalty.json'), 'utf8')) as { items: { rule?: string; points: number }[] };
    const points = (ids: string[]) => checklist.items.filter((i) => i.rule && ids.includes(i.rule)).reduce((n, i) => n + i.points, 0);
    // an export with no procedural dates: the date rules cannot be checked
    const f = scoreCases([withPatch((c) => { c.dates = { decided: '2025-04-01' }; })]).files[0]!;
    // applicable automatic items: all but reinspection-missing (no rectification order)
    const applicable = points(checklist.items.filter((i) => i.rule).map((i) => i.rule!)) - points(['reinspection-missing']);
    expect(f.notChecked.length).toBeGreaterThan(0);
    const share = f.notCheckedShare;
    expect(share).toBe(Math.round((points(f.notChecked) / applicable) * 100) / 100);
    expect(f.provisionalReasons.includes('not-checked')).toBe(share > 1 / 3);
    // a scan nobody has read: everything automatic is not checked → 待定, never 优秀, whatever its points
    const scan = scoreCases([withPatch({ status: 'needs-ocr' })]).files[0]!;
    expect(scan).toMatchObject({ score: 100, grade: 'provisional', final: false });
    expect(scan.provisionalReasons).toContain('not-checked');
    // the option turns the cap off (1) or tightens it
    const dir = tmpDir();
    const off = path.join(dir, 'off.json');
    writeFileSync(off, JSON.stringify({ ...checklist, maxNotCheckedShare: 1 }));
    expect(scoreCases([withPatch({ status: 'needs-ocr' })], { checklists: [off] }).files[0]!.provisionalReasons).not.toContain('not-checked');
    const strict = path.join(dir, 'strict.json');
    writeFileSync(strict, JSON.stringify({ ...checklist, maxNotCheckedShare: 0 }));
    expect(scoreCases([withPatch((c) => { c.dates = { decided: '2025-04-01' }; })], { checklists: [strict] }).files[0]!.provisionalReasons).toContain('not-checked');
  });
});
