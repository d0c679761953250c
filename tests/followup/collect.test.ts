/** Feedback round trip: units fill in, sort and return their workbooks; collect merges by hidden id, never by row order. */
import { describe, expect, it, beforeAll } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCollect, runRectify } from '../../src/api/rectify.js';
import { schemaValidator } from '../../src/model/validate.js';
import type { RectificationStatus } from '../../src/followup/types.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

const RESULTS = path.join(ROOT, 'tests', 'fixtures', 'followup', 'results-2025H2.json');

type Fill = { status?: string; completed?: string | Date; measures?: string; evidence?: string };

/** What a unit does: read its workbook, reorder the rows, fill in the yellow columns, save it. */
async function fillWorkbook(file: string, fill: (problem: string, index: number) => Fill | undefined, reorder: (rows: unknown[][]) => unknown[][], extraRows: unknown[][] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('整改反馈')!;
  const rows: unknown[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1, 12));
  const ordered = [...reorder(rows), ...extraRows];
  ordered.forEach((vals, i) => {
    const row = ws.getRow(i + 2);
    vals.forEach((v, c) => (row.getCell(c + 1).value = (v ?? null) as ExcelJS.CellValue));
    const f = fill(String(vals[3]), i);
    if (f?.measures) row.getCell(8).value = f.measures;
    if (f?.completed) row.getCell(9).value = f.completed;
    if (f?.evidence) row.getCell(10).value = f.evidence;
    if (f?.status) row.getCell(11).value = f.status;
  });
  await wb.xlsx.writeFile(file);
}

async function rowsOf(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('整改反馈')!;
  const rows: unknown[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1, 12));
  return rows;
}

describe('rectify --collect', () => {
  let dir: string;
  let feedback: string;
  beforeAll(async () => {
    dir = tmpDir('collect-');
    await runRectify({ results: RESULTS, outDir: dir, deadlineDays: 10, lang: 'zh', date: new Date('2025-09-26T00:00:00Z') });
    feedback = path.join(dir, 'feedback');
    const jiujiang = path.join(feedback, '九江市应急管理局.xlsx');
    const jiujiangRow = (await rowsOf(jiujiang))[0]!;
    // 南昌: rows reversed (sorted by the unit), one bad status, and a row copied from 九江's workbook
    await fillWorkbook(
      path.join(feedback, '南昌市应急管理局.xlsx'),
      (problem, i) => {
        if (problem.startsWith('执法人员仅 1 人')) return { status: '已整改', completed: new Date(Date.UTC(2025, 9, 10)), measures: '补充第二名执法人员并重新调查', evidence: '调查询问笔录（补）' };
        if (problem.startsWith('未见行政处罚告知书')) return { status: '整改中', measures: '组织专题培训' };
        if (problem.startsWith('决定 2025-08-04') && i === 0) return { status: '已完成' }; // not a dropdown word
        if (problem.startsWith('决定 2025-08-04')) return { status: '未整改' };
        if (problem.startsWith('责令限期整改')) return { status: '已整改', completed: '2025-10-01' };
        return undefined;
      },
      (rows) => [...rows].reverse(),
      [jiujiangRow],
    );
    // 九江: the hidden id was overwritten
    await fillWorkbook(jiujiang, () => ({ status: '已整改', completed: '2025/10/9' }), (rows) => rows.map((r) => ['R000000000000', ...r.slice(1)]));
    // the unit without a name sent nothing back
    rmSync(path.join(feedback, '（未注明单位）.xlsx'));
  });

  it('takes each row by its id whatever the row order, and lists — never guesses — the rows it cannot take', async () => {
    const s = await runCollect({ feedback, results: RESULTS, asOf: '2025-10-17' });
    expect(s.units).toEqual([
      { unit: '九江市应急管理局', findings: 1, rectified: 0, inProgress: 0, open: 1, overdue: 1 },
      { unit: '南昌市应急管理局', findings: 4, rectified: 1, inProgress: 1, open: 2, overdue: 3 },
      { unit: '（未注明单位）', findings: 1, rectified: 0, inProgress: 0, open: 1, overdue: 1 },
    ]);
    const officers = s.findings.find((f) => f.ruleId === 'officers-min-two')!;
    expect(officers).toMatchObject({ status: 'rectified', completed: '2025-10-10', measures: '补充第二名执法人员并重新调查', evidence: '调查询问笔录（补）', overdue: false, deadline: '2025-10-16', noFeedback: false });
    expect(officers.late).toBeUndefined();
    expect(s.problems.map((p) => p.kind).sort()).toEqual(['bad-status', 'unknown-id', 'wrong-unit']);
    expect(s.problems.find((p) => p.kind === 'bad-status')).toMatchObject({ value: '已完成', file: '南昌市应急管理局.xlsx' });
    expect(s.problems.find((p) => p.kind === 'wrong-unit')!.message).toContain('九江市应急管理局');
    expect(s.problems.find((p) => p.kind === 'unknown-id')).toMatchObject({ value: 'R000000000000' });
    // the 九江 finding whose row was copied into 南昌's workbook is not marked rectified from there
    expect(s.findings.find((f) => f.ruleId === 'reinspection-missing')).toMatchObject({ status: 'open', noFeedback: true, overdue: true });
    expect(schemaValidator('status')(s)).toBe(true);
  });

  it('a file that is not a workbook (a unit sent a text file named .xlsx) is listed, and the others are still read', async () => {
    const d = tmpDir('collect-broken-');
    await runRectify({ results: RESULTS, outDir: d, deadlineDays: 10, lang: 'zh', date: new Date('2025-09-26T00:00:00Z') });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(d, 'feedback', '九江市应急管理局.xlsx'), '整改完毕，详见附件');
    await fillWorkbook(path.join(d, 'feedback', '南昌市应急管理局.xlsx'), () => ({ status: '已整改', completed: '2025-10-01' }), (r) => r);
    const s = await runCollect({ feedback: path.join(d, 'feedback'), results: RESULTS, asOf: '2025-10-17' });
    expect(s.problems.map((p) => [p.kind, p.file])).toEqual([['not-a-feedback-workbook', '九江市应急管理局.xlsx']]);
    expect(s.units.find((u) => u.unit === '南昌市应急管理局')).toMatchObject({ rectified: 4, overdue: 0 });
    expect(s.units.find((u) => u.unit === '九江市应急管理局')).toMatchObject({ open: 1, overdue: 1 });
  });

  it('overdue is counted on the working-day deadline: not on the deadline day itself, from the next day on', async () => {
    const onDay = await runCollect({ feedback, results: RESULTS, asOf: '2025-10-16' });
    expect(onDay.units.map((u) => u.overdue)).toEqual([0, 0, 0]);
    const next = await runCollect({ feedback, results: RESULTS, asOf: '2025-10-17' });
    expect(next.units.map((u) => u.overdue)).toEqual([1, 3, 1]);
  });

  it('a rectification completed after the deadline is marked late', async () => {
    const d = tmpDir('collect-late-');
    await runRectify({ results: RESULTS, outDir: d, deadlineDays: 10, lang: 'zh', date: new Date('2025-09-26T00:00:00Z') });
    await fillWorkbook(path.join(d, 'feedback', '九江市应急管理局.xlsx'), () => ({ status: '已整改', completed: '2025年10月20日' }), (r) => r);
    const s = await runCollect({ feedback: path.join(d, 'feedback'), results: RESULTS, asOf: '2025-11-01' });
    expect(s.findings.find((f) => f.ruleId === 'reinspection-missing')).toMatchObject({ status: 'rectified', completed: '2025-10-20', late: true, overdue: false });
  });

  it('CLI: writes status.json; --collect without --results is a usage error (exit 2)', () => {
    const out = path.join(dir, 'status.json');
    const ok = runCli(['rectify', '--collect', feedback, '--results', RESULTS, '--as-of', '2025-10-17', '-o', out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('南昌市应急管理局: 4');
    expect(ok.stderr).toContain('已完成');
    const json = runCli(['rectify', '--collect', feedback, '--results', RESULTS, '--as-of', '2025-10-17', '--json']);
    expect((JSON.parse(json.stdout) as RectificationStatus).units).toHaveLength(3);
    const bad = runCli(['rectify', '--collect', feedback]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--results');
    const badDate = runCli(['rectify', '--collect', feedback, '--results', RESULTS, '--as-of', '17.10.2025']);
    expect(badDate.code).toBe(2);
  });
});
