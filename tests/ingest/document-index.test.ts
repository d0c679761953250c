/**
 * A folder of case-file PDFs often holds the scanning service's list of them too (文件名 → 案件编号). Since 文件名 /
 * 案卷文件 name a case field (documentFile), such a list looked like a register of the same cases as the PDFs and
 * `import folder/` stopped on a duplicate id. A sheet whose only case columns are a file name and a case number is an
 * index, not a register: not imported (listed with the reason); `--documents` still reads it to place the PDFs.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ingest } from '../../src/ingest/index.js';
import { runScore } from '../../src/score/run.js';
import { InputError } from '../../src/errors.js';
import { withLang } from '../../src/i18n.js';
import { runCli, tmpDir } from '../helpers/cli.js';
import { ROWS, scenario, writeDecision } from '../helpers/case-register.js';

/** Two born-digital case files and the list naming them, as a scanning service hands them over. */
async function mixedFolder() {
  const dir = path.join(tmpDir('caseaudit-docindex-'), '案卷');
  mkdirSync(dir, { recursive: true });
  const [a, b] = ROWS as [(typeof ROWS)[number], (typeof ROWS)[number]];
  await writeDecision(path.join(dir, 'B0001.pdf'), a);
  await writeDecision(path.join(dir, 'B0002.pdf'), b);
  const index = path.join(dir, '文件清单.tsv');
  writeFileSync(index, `文件名\t案件编号\nB0001.pdf\t${a.id}\nB0002.pdf\t${b.id}\n`);
  return { dir, index, ids: [a.id, b.id] };
}

describe('import of a folder of PDFs with their index', async () => {
  const m = await mixedFolder();

  it('imports the PDFs and lists the index as not read, with why and where it belongs', async () => {
    const r = await withLang('en', () => ingest([m.dir]));
    expect(r.dataset.cases.map((c) => c.id).sort()).toEqual([...m.ids].sort());
    expect(r.dataset.cases.every((c) => c.source.file.endsWith('.pdf'))).toBe(true);
    expect(r.skipped).toEqual([{ path: m.index, reason: expect.stringMatching(/^an index of case-file PDFs \(file name and case number only\), not a case register; not imported — give it with the PDFs in --documents/) }]);
  });

  it('runs `caseaudit import folder/` to the end (exit 0), the index shown as 未读取', () => {
    const out = path.join(path.dirname(m.dir), 'dataset.json');
    const r = runCli(['import', m.dir, '-o', out], { env: { NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    const said = r.stdout + r.stderr;
    expect(said).toMatch(/文件清单\.tsv[^\n]*未读取[^\n]*案卷文件清单（只有文件名和案件编号），不是案件台账/);
    expect(said).not.toContain('重复');
  });

  it('refuses the index given alone: no case records in it (exit 2), saying what it is', async () => {
    const err = await ingest([m.index]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).details?.join('\n')).toContain('案卷文件清单');
  });

  it('skips an index sheet of a workbook and reads its register sheet', async () => {
    const file = path.join(path.dirname(m.dir), 'register+index.xlsx');
    const wb = new ExcelJS.Workbook();
    const reg = wb.addWorksheet('案件台账');
    reg.addRow(['案件编号', '执法单位', '当事人', '罚款金额（元）', '决定日期', '案卷文件']);
    for (const r of ROWS.slice(2, 4)) reg.addRow([r.id, '南昌市应急管理局', r.party, r.fine, r.decided, r.file]);
    const idx = wb.addWorksheet('文件清单');
    idx.addRow(['PDF文件', '案件编号']);
    for (const r of ROWS.slice(2, 4)) idx.addRow([r.file, r.id]);
    await wb.xlsx.writeFile(file);
    const r = await withLang('en', () => ingest([file]));
    expect(r.dataset.cases.map((c) => c.id)).toEqual(ROWS.slice(2, 4).map((x) => x.id));
    expect(r.dataset.warnings).toContainEqual(expect.objectContaining({ sheet: '文件清单', reason: expect.stringMatching(/^this sheet has only a file-name and a case-number column: an index of case-file PDFs/) }));
  });

  it('still reads a sheet with more case columns than these two as a register', async () => {
    const file = path.join(path.dirname(m.dir), 'register.tsv');
    writeFileSync(file, `案件编号\t当事人\t文件名\n${ROWS[4]!.id}\t${ROWS[4]!.party}\t${ROWS[4]!.file}\n`);
    const r = await ingest([file]);
    expect(r.dataset.cases).toEqual([expect.objectContaining({ id: ROWS[4]!.id, documentFile: ROWS[4]!.file })]);
  });
});

describe('score --documents with such an index among the PDFs', async () => {
  it('places the PDFs by it: a file it names as a case not drawn is not opened', async () => {
    const s = await scenario();
    // SCAN0099.pdf's name says nothing; the list says it is a case not drawn, so it is not read even to page 1
    writeFileSync(path.join(s.docs, '清单.tsv'), `文件名\t案件编号\nSCAN0099.pdf\t${s.other[0]!.id}\n`);
    const scored = await runScore([s.register], { sample: s.manifest, documents: [s.docs], output: path.join(s.dir, 'results.json') });
    expect(scored.result.documents).toMatchObject({ files: 6, matched: 3, notDrawn: 3, notDrawnOpened: 0 });
  });
});
