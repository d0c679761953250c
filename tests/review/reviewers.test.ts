import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { readReviewers } from '../../src/review/reviewers.js';
import { InputError } from '../../src/errors.js';
import { tmpDir, runInProcess } from '../helpers/cli.js';
import { evaluateCases } from '../../src/score/index.js';
import { buildWorksheet } from '../../src/score/worksheet.js';
import { cleanCase } from '../checklist/rule-tester.js';

async function sheet(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评查人员');
  for (const r of rows) ws.addRow(r);
  const file = path.join(tmpDir(), 'reviewers.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('reviewers list', () => {
  it('reads the documented Excel header (姓名 | 单位 | 设区市 | 层级 | 最多评查案卷数), blank rows skipped', async () => {
    const file = await sheet([
      ['姓名', '单位', '设区市', '层级', '最多评查案卷数'],
      ['王敏', '南昌市应急管理局', '南昌市', '市级', 20],
      [null, null, null, null, null],
      ['李强 ', '九江市应急管理局', '', '', ''],
    ]);
    expect(await readReviewers(file)).toEqual([
      { name: '王敏', unit: '南昌市应急管理局', city: '南昌市', level: 'city', maxLoad: 20 },
      { name: '李强', unit: '九江市应急管理局' },
    ]);
  });
  it('names the row of a reviewer without a unit, a bad level or a bad maximum load', async () => {
    await expect(readReviewers(await sheet([['姓名', '单位'], ['王敏', '']]))).rejects.toThrow(/第 2 行缺少单位/);
    await expect(readReviewers(await sheet([['姓名', '单位', '层级'], ['王敏', '南昌市应急管理局', '乡']]))).rejects.toThrow(/第 2 行：层级/);
    await expect(readReviewers(await sheet([['姓名', '单位', '最多评查案卷数'], ['王敏', '南昌市应急管理局', '两份']]))).rejects.toThrow(/第 2 行：最多评查案卷数/);
    await expect(readReviewers(await sheet([['name', 'city'], ['王敏', '南昌市']]))).rejects.toThrow(InputError);
  });
  it('validates JSON against templates/schema/reviewers.schema.json, naming the path', async () => {
    const file = path.join(tmpDir(), 'r.json');
    writeFileSync(file, JSON.stringify({ reviewers: [{ name: '王敏' }] }));
    await expect(readReviewers(file)).rejects.toThrow(/\$\.reviewers\[0\]/);
  });
});

describe('a worksheet holding reviewer entries is never overwritten silently', () => {
  it('worksheet -o: exit 2 naming the file and its filled rows; --force overwrites', async () => {
    const dir = tmpDir();
    const data = path.join(dir, 'cases.json');
    writeFileSync(data, JSON.stringify({ schemaVersion: 1, cases: [cleanCase()], schemes: [], rejects: [], warnings: [] }));
    const out = path.join(dir, 'review.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorksheet(evaluateCases([cleanCase()]))) as unknown as ArrayBuffer);
    let filled = 0;
    wb.getWorksheet('评查表')!.eachRow((row, n) => {
      if (n > 1 && row.getCell(9).value === '人工') {
        row.getCell(13).value = '符合';
        filled++;
      }
    });
    await wb.xlsx.writeFile(out);
    const r = await runInProcess(['worksheet', data, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}：${filled} 行已填写`);
    expect((await runInProcess(['worksheet', data, '-o', out, '--force', '-q'])).code).toBe(0);
    // a blank worksheet (no entries) may be rewritten freely
    expect((await runInProcess(['worksheet', data, '-o', out, '-q'])).code).toBe(0);
  });
});
