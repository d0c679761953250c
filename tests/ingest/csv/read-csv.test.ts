import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_RECORD_CHARS, readCsv } from '../../../src/ingest/csv/read-csv.js';
import { ingest } from '../../../src/ingest/index.js';
import { InputError } from '../../../src/errors.js';
import { tmpDir } from '../../helpers/cli.js';

const gbk = (text: string) => {
  // GB18030 bytes for the test text, encoded by the platform's decoder tables: decode every 2-byte code and invert
  const enc = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) enc.set(dec.decode(Uint8Array.of(hi, lo)), [hi, lo]);
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : enc.get(ch)!)));
};

describe('readCsv', () => {
  it('a GBK CSV with a title row, 案件编号/当事人/处罚决定日期 and a fine in 万元 per the header', async () => {
    const f = path.join(tmpDir(), 'export.csv');
    writeFileSync(f, gbk('南昌市应急管理局行政处罚案件\r\n案件编号,当事人,处罚决定日期,罚款金额（万元）\r\n（赣）应急罚〔2025〕7号,南昌某化工有限公司,2025/3/8,0.2\r\n'));
    const r = await readCsv(f);
    expect(r.message).toContain('GBK/GB18030');
    expect(r.cases).toEqual([expect.objectContaining({ id: '（赣）应急罚〔2025〕7号', party: expect.objectContaining({ name: '南昌某化工有限公司' }), fine: 2000, dates: { decided: '2025-03-08' }, source: { file: f, sheet: 'export', row: 3 } })]);
  });

  it('quoted fields keep delimiters, doubled quotes and line breaks; Excel\'s ="…" text guard is unwrapped', async () => {
    const f = path.join(tmpDir(), 'q.csv');
    writeFileSync(f, '案件编号,当事人,统一社会信用代码,违法事实\n1号,"甲,乙公司","=""91360100MA35F0QX2Q""","第一，\n第二""引号"""\n');
    const r = await readCsv(f);
    expect(r.cases[0]).toMatchObject({ id: '1号', party: { name: '甲,乙公司', creditCode: '91360100MA35F0QX2Q' }, facts: '第一，\n第二"引号"' });
  });

  it('Excel\'s "sep=;" first line sets the delimiter (and is skipped as a title line)', async () => {
    const f = path.join(tmpDir(), 'sep.csv');
    writeFileSync(f, 'sep=;\n案件编号;当事人;罚款金额\n1号;甲,乙公司;1,5万元\n');
    const r = await readCsv(f);
    expect(r.cases[0]).toMatchObject({ id: '1号', party: { name: '甲,乙公司' } });
  });

  it('an unclosed quote is an input error naming the file', async () => {
    const f = path.join(tmpDir(), 'cut.csv');
    writeFileSync(f, '案件编号,当事人\n1号,"甲公司\n');
    await expect(readCsv(f)).rejects.toThrow(/cut\.csv/);
  });

  it('a runaway quote does not let one row take the memory: past MAX_RECORD_CHARS it is an error naming the file and line', async () => {
    const f = path.join(tmpDir(), 'runaway.csv');
    writeFileSync(f, `案件编号,违法事实\n1号,"${'a'.repeat(MAX_RECORD_CHARS + 1024)}\n2号,b\n`);
    await expect(readCsv(f)).rejects.toThrow(/runaway\.csv/);
  });

  it('bytes that are not valid in the detected encoding past the sniffed head stop the read, naming the file and the byte offset', async () => {
    const f = path.join(tmpDir(), 'mixed.csv');
    const head = Buffer.from(`案件编号,当事人\n${'1号,甲公司\n'.repeat(80_000)}`, 'utf8'); // > 1 MiB of valid UTF-8
    writeFileSync(f, Buffer.concat([head, gbk('2号,乙公司\n')]));
    const err = await readCsv(f).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/mixed\.csv/);
    expect((err as Error).message).toMatch(/UTF-8|utf-8/);
  });

  it('an empty CSV is an input error; via ingest an empty CSV stops the run naming it', async () => {
    const f = path.join(tmpDir(), 'empty.csv');
    writeFileSync(f, '');
    await expect(readCsv(f)).rejects.toThrow(/empty\.csv/);
    await expect(ingest([f])).rejects.toThrow(/empty\.csv/);
  });
});
