/** `caseaudit run` with the followup, plan and overlap config sections. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../src/api/config.js';
import { runAudit } from '../../src/api/audit.js';
import { ROOT, tmpDir } from '../helpers/cli.js';
import { writeFileSync } from 'node:fs';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'plan');

describe('run with followup, plan and overlap', () => {
  it('writes rectify/ (notices, workbooks, the 通报 a threshold triggers) and the plan sections; never over a returned workbook', async () => {
    const dir = tmpDir('run-followup-');
    const cfgFile = path.join(dir, 'audit.json');
    const config = {
      inputs: [path.join(FIX, 'records.json')],
      seed: '7',
      period: '2025H1',
      rate: '100%',
      outputs: { dir: 'out', formats: ['md'] },
      report: { ranBy: '南昌市应急管理局法规科' },
      plan: { file: path.join(FIX, 'plan-2025.utf8.csv') },
      overlap: { window: 30 },
      followup: { deadlineDays: 10, escalation: { circular: { vetoedAtLeast: 1 } } },
    };
    writeFileSync(cfgFile, JSON.stringify(config));
    const date = new Date('2025-07-01T00:00:00Z');
    await runAudit(await loadConfig(cfgFile, {}), { date });
    const out = path.join(dir, 'out');
    const rect = readdirSync(path.join(out, 'rectify')).sort();
    expect(rect).toContain('rectify.json');
    expect(rect).toContain('circular-draft.docx'); // the one file drawn hits a veto item; was: these thin records score below 100
    const index = JSON.parse(readFileSync(path.join(out, 'rectify', 'rectify.json'), 'utf8'));
    expect(index).toMatchObject({ issued: '2025-07-01', deadline: '2025-07-15', deadlineDays: 10 });
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md).toContain('计划执行');
    expect(md).toContain('重复执法与执法缺位');
    expect(md).toContain('| 年度计划 | plan-2025.utf8.csv |');

    // a unit returns its workbook into out/rectify/feedback: the next run stops and leaves it alone
    const wbFile = path.join(out, 'rectify', 'feedback', index.units[0].feedback.split(/[\\/]/).pop());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(wbFile);
    wb.getWorksheet('整改反馈')!.getRow(2).getCell(11).value = '已整改';
    await wb.xlsx.writeFile(wbFile);
    const before = readFileSync(wbFile);
    await expect(runAudit(await loadConfig(cfgFile, {}), { date })).rejects.toThrow(/已有填写过的整改反馈表/);
    expect(readFileSync(wbFile).equals(before)).toBe(true);
    expect(existsSync(path.join(out, 'rectify', 'circular-draft.docx'))).toBe(true);
  });
});
