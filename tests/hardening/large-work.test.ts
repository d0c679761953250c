/** Issue 22 class 1: large but valid work never ends in a stack overflow (no spreading of big arrays into a call). */
import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { rawXlsx, rowXml } from '../helpers/raw-xlsx.js';
import { tmpDir } from '../helpers/cli.js';

describe('large but valid inputs', () => {
  it('imports 130,000 rows without a case id as 130,000 rejects, not a stack overflow', async () => {
    // one good row: an input set with no record at all is an input error (issue 19), not what is tested here
    const rows = [rowXml(1, ['案件编号', '执法单位', '决定日期']), rowXml(2, ['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '2025-02-10'])];
    for (let i = 3; i <= 130_002; i++) rows.push(rowXml(i, [null, '南昌市应急管理局', '2025-02-10']));
    const f = path.join(tmpDir(), 'no-ids.xlsx');
    writeFileSync(f, await rawXlsx([{ name: '案件台账', rows: rows.join('') }]));
    const { dataset, inputs } = await ingest([f]);
    expect(dataset.cases).toHaveLength(1);
    expect(dataset.rejects).toHaveLength(130_000);
    expect(inputs[0]!.sheets?.[0]).toMatchObject({ rowsRead: 130_001, records: 1, rejects: 130_000 });
  }, 60_000);
});
