import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectEncoding } from '../../../src/ingest/csv/encoding.js';
import { detectDelimiter } from '../../../src/ingest/csv/delimiter.js';
import { ROOT } from '../../helpers/cli.js';

const GBK = readFileSync(path.join(ROOT, 'tests/fixtures/ingest/twins/cases-gbk.csv'));

describe('detectEncoding', () => {
  it('reads a BOM: UTF-8, UTF-16LE (Excel "Unicode text"), UTF-16BE', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'x')).toMatchObject({ encoding: 'utf-8', bom: 3 });
    expect(detectEncoding(Buffer.from('\ufeff案卷号', 'utf16le'), 'x')).toMatchObject({ encoding: 'utf-16le', bom: 2 });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0x68, 0x48]), 'x')).toMatchObject({ encoding: 'utf-16be', bom: 2 });
  });

  it('UTF-8 without a BOM when the bytes are valid UTF-8, even when the sniffed head cuts a character in two', () => {
    const bytes = Buffer.from('案卷号,当事人\n', 'utf8');
    expect(detectEncoding(bytes, 'x').encoding).toBe('utf-8');
    expect(detectEncoding(bytes.subarray(0, 4), 'x').encoding).toBe('utf-8'); // 案 + first byte of 卷
  });

  it('GB18030 for a GBK export (not valid UTF-8), and the text decodes to the Chinese headers', () => {
    const guess = detectEncoding(GBK, 'x');
    expect(guess).toMatchObject({ encoding: 'gb18030', bom: 0, by: 'not utf-8' });
    expect(new TextDecoder('gb18030').decode(GBK)).toContain('"案卷号","执法单位"');
  });

  it('UTF-16 without a BOM is told by its zero bytes; other binary data is refused naming the file', () => {
    expect(detectEncoding(Buffer.from('案卷号,abc', 'utf16le').subarray(0), 'x').encoding).toBe('utf-16le');
    expect(() => detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00]), 'export.csv')).toThrow(/export\.csv/);
  });
});

describe('detectDelimiter', () => {
  it('comma, tab, semicolon and pipe exports', () => {
    expect(detectDelimiter('案卷号,当事人,罚款\n1,甲,100\n2,乙,200\n')).toBe(',');
    expect(detectDelimiter('案卷号\t当事人\t罚款\n1\t甲\t100\n')).toBe('\t');
    expect(detectDelimiter('案卷号;当事人;罚款\n1;甲;1,5\n2;乙;2,5\n')).toBe(';');
    expect(detectDelimiter('案卷号|当事人|罚款\n1|甲|100\n')).toBe('|');
  });

  it('commas inside quoted fields and a title line above the header do not mislead it', () => {
    const text = '2025年案件清单\n案卷号;当事人;违法事实\n1;甲;"未检测，未评估，未监控"\n2;乙;"a,b,c,d"\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('a quoted field spanning lines counts as one line', () => {
    expect(detectDelimiter('案卷号,违法事实\n1,"第一行;\n第二行;第三行;"\n2,x\n')).toBe(',');
  });
});
