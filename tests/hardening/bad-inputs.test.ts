import { describe, it, expect, beforeAll } from 'vitest';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildProgram } from '../../src/cli/main.js';
import { ingest } from '../../src/ingest/index.js';
import { sampleDataset } from '../../src/sample/run.js';
import type { Dataset } from '../../src/model/types.js';
import { ROOT, runCli, runInProcess, tmpDir } from '../helpers/cli.js';

/**
 * Every command that reads case/scheme inputs, run over every bad input: exit 2, a message naming the file,
 * no stack trace, nothing written. A new input-taking command must be added here (the registry check fails).
 */
const INPUT_COMMANDS: Record<string, (input: string, out: string) => string[]> = {
  import: (i, o) => ['import', i, '-o', o],
  sample: (i, o) => ['sample', i, '--seed', '1', '--rate', '0.3', '-o', o, '--no-xlsx'],
  schemes: (i, o) => ['schemes', i, '-o', o],
  score: (i, o) => ['score', i, '-o', o],
  worksheet: (i, o) => ['worksheet', i, '-o', o.replace(/\.json$/, '.xlsx')],
  assign: (i, o) => ['assign', path.join(assignDir, 'manifest.json'), i, '--reviewers', path.join(assignDir, 'reviewers.json'), '--seed', '1', '-o', o],
  overlap: (i, o) => ['overlap', i, '-o', o],
  plan: (i, o) => ['plan', path.join(ROOT, 'samples/plan/plan-2025.xlsx'), i, '-o', path.join(path.dirname(o), 'plan')],
};
/** A valid manifest and reviewers list for `assign` (its inputs are the bad files). */
const assignDir = tmpDir('caseaudit-assign-');
/** Commands that take no case inputs (or take results/configs, covered by their own tests). */
const OTHER_COMMANDS = new Set(['demo', 'verify', 'report', 'rank', 'run', 'init', 'rectify']);

const corpus = tmpDir('caseaudit-bad-');
const BAD: Record<string, string | Buffer> = {
  'zero-bytes.json': '',
  'zero-bytes.xlsx': '',
  'zero-bytes.pdf': '',
  'truncated.json': '{"schemaVersion":1,"cases":[{"id":"A1","unit":"南昌',
  'not-a-dataset.json': '[1,2,3]',
  'wrong-version.json': '{"schemaVersion":7,"cases":[]}',
  'bad-type.json': '{"schemaVersion":1,"cases":[{"id":"A1","fine":"三万元"}]}',
  'negative-fine.json': '{"schemaVersion":1,"cases":[{"id":"A1","fine":-5}]}',
  'duplicate-fullwidth.json': '{"schemaVersion":1,"cases":[{"id":"（赣）应急罚〔2025〕1号"},{"id":"(赣)应急罚〔２０２５〕1号"}]}',
  'deep.json': `{"schemaVersion":1,"cases":[{"id":"A1","evidence":${'['.repeat(50000)}${']'.repeat(50000)}}]}`,
  // issue 22: nesting in an unknown field or in `source` (a stack overflow before), non-UTF-8 JSON, a fine of 1e309
  'deep-unknown-field.json': `{"schemaVersion":1,"cases":[{"id":"A1","extra":${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}}]}`,
  'deep-source.json': `{"schemaVersion":1,"cases":[{"id":"A1","source":{"file":"x.xlsx","x":${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}}}]}`,
  'gbk.json': Buffer.concat([Buffer.from('{"schemaVersion":1,"cases":[{"id":"'), Buffer.from([0xb0, 0xb8, 0xbc, 0xfe, 0xb1, 0xe0, 0xba, 0xc5]), Buffer.from('1"}]}')]),
  'invalid-utf8.json': Buffer.concat([Buffer.from('{"schemaVersion":1,"cases":[{"id":"A1'), Buffer.from([0xff]), Buffer.from('"}]}')]),
  'infinite-fine.json': '{"schemaVersion":1,"cases":[{"id":"A1","fine":1e309}]}',
  'csv-renamed.xlsx': '案件编号,执法单位\n（赣）应急罚〔2025〕1号,南昌市应急管理局\n',
  'xls-renamed.xlsx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
  'truncated-zip.xlsx': Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000garbage'),
  // an encrypted (password-protected) OOXML file is an OLE container with an EncryptionInfo stream
  'password-protected.xlsx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(600)]),
  'gbk-csv-renamed.xlsx': Buffer.from([0xb0, 0xb8, 0xbc, 0xfe, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xd6, 0xb4, 0xb7, 0xa8, 0xb5, 0xa5, 0xce, 0xbb, 0x0a]),
  'text.pdf': 'this is not a pdf',
  'notes.txt': 'hello',
};

beforeAll(() => {
  for (const [name, data] of Object.entries(BAD)) writeFileSync(path.join(corpus, name), data);
  const cases = [{ id: 'A-1', unit: '南昌市应急管理局', source: { file: 'x.json' } }];
  const m = sampleDataset({ schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] } as unknown as Dataset, { seed: '1', rate: '1', strata: 'none', kind: 'cases' }, []).manifest;
  writeFileSync(path.join(assignDir, 'manifest.json'), JSON.stringify(m));
  writeFileSync(path.join(assignDir, 'reviewers.json'), JSON.stringify({ reviewers: [{ name: '李强', unit: '九江市应急管理局' }] }));
  for (const f of ['corrupt.pdf', 'encrypted.pdf']) {
    const src = path.join(ROOT, 'tests/fixtures/pdf', f);
    if (existsSync(src)) copyFileSync(src, path.join(corpus, `fixture-${f}`));
  }
});

describe('bad-input corpus', () => {
  it('covers every registered input-taking command', () => {
    const registered = buildProgram().commands.map((c) => c.name());
    const uncovered = registered.filter((c) => !(c in INPUT_COMMANDS) && !OTHER_COMMANDS.has(c));
    expect(uncovered).toEqual([]);
  });

  const registered = new Set(buildProgram().commands.map((c) => c.name()));
  for (const [cmd, args] of Object.entries(INPUT_COMMANDS)) {
    it.runIf(registered.has(cmd))(`${cmd}: exit 2, names the file, no stack, writes nothing`, async () => {
      const files = readdirSync(corpus).sort();
      expect(files.length).toBeGreaterThanOrEqual(Object.keys(BAD).length);
      const failures: string[] = [];
      for (const name of files) {
        const outDir = tmpDir();
        const out = path.join(outDir, 'out.json');
        const r = await runInProcess(args(path.join(corpus, name), out));
        const problems = [
          r.code !== 2 && `exit ${r.code}`,
          !r.stderr.includes(name) && 'message does not name the file',
          /\n\s+at .*\(.*:\d+:\d+\)/.test(r.stderr) && 'stack trace',
          readdirSync(outDir).length > 0 && `left ${readdirSync(outDir).join(', ')}`,
        ].filter(Boolean);
        if (problems.length) failures.push(`${name}: ${problems.join('; ')} — ${r.stderr.trim().split('\n')[0]}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('the real binary behaves the same (one spot check)', () => {
    const outDir = tmpDir();
    const r = runCli(['import', path.join(corpus, 'xls-renamed.xlsx'), '-o', path.join(outDir, 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xls-renamed.xlsx');
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('10 MB of text in one xlsx cell: that row becomes a listed reject with its sheet, row and cell; the rest is kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('案件');
    ws.addRow(['案件编号', '执法单位', '违法事实']);
    ws.addRow(['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '未按规定开展安全培训']);
    ws.addRow(['（赣）应急罚〔2025〕2号', '九江市应急管理局', '违'.repeat(10 * 1024 * 1024 / 3)]);
    const f = path.join(tmpDir(), 'huge-cell.xlsx');
    writeFileSync(f, Buffer.from(await wb.xlsx.writeBuffer()));
    const { dataset } = await ingest([f]);
    expect(dataset.cases.map((c) => c.id)).toEqual(['（赣）应急罚〔2025〕1号']);
    expect(dataset.rejects).toHaveLength(1);
    // over Excel's own 32,767-character cell limit: rejected at the cell, with its address
    expect(dataset.rejects[0]).toMatchObject({ sheet: '案件', row: 3, column: 'C 违法事实', reason: expect.stringMatching(/C3/) });
  });
});
