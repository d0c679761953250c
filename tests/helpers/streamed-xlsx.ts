/**
 * A large .xlsx written straight to disk: each sheet's XML is produced row by row, deflated as a stream and
 * written into a hand-made zip (local header patched with the real CRC and sizes afterwards), so a test can make
 * a sheet of hundreds of thousands of rows without holding it in memory and without a big file in the repo.
 */
import { open } from 'node:fs/promises';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { xmlText } from './raw-xlsx.js';

export interface StreamedSheet {
  name: string;
  /** the rows' XML (`<row …>…</row>`), produced lazily */
  rows: () => Iterable<string>;
}

interface Central {
  name: Buffer;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
}

/**
 * Write the workbook to `file`; gives the inflated size of each sheet part (bytes). `sharedStrings` adds
 * xl/sharedStrings.xml with those strings before the worksheets (exceljs then parses each worksheet straight
 * from the zip; without it, or after them, it copies each worksheet to a temp file first).
 */
export async function writeStreamedXlsx(file: string, sheets: StreamedSheet[], opts: { sharedStrings?: string[]; sharedStringsLast?: boolean } = {}): Promise<number[]> {
  const fh = await open(file, 'w');
  const central: Central[] = [];
  let pos = 0;
  const write = async (buf: Buffer, at?: number) => {
    await fh.write(buf, 0, buf.length, at ?? pos);
    if (at === undefined) pos += buf.length;
  };
  const localHeader = (name: Buffer, crc: number, csize: number, usize: number) => {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // UTF-8 names
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(csize, 18);
    h.writeUInt32LE(usize, 22);
    h.writeUInt16LE(name.length, 26);
    return Buffer.concat([h, name]);
  };
  const entry = async (path: string, chunks: Iterable<string>): Promise<number> => {
    const name = Buffer.from(path);
    const offset = pos;
    await write(localHeader(name, 0, 0, 0));
    let crc = 0;
    let usize = 0;
    let csize = 0;
    const deflate = createDeflateRaw({ level: 1 });
    const out: Buffer[] = [];
    deflate.on('data', (b: Buffer) => out.push(b));
    const flushOut = async () => {
      for (const b of out.splice(0)) {
        await write(b);
        csize += b.length;
      }
    };
    let pending: string[] = [];
    let pendingLen = 0;
    const push = async (final: boolean) => {
      const buf = Buffer.from(pending.join(''));
      pending = [];
      pendingLen = 0;
      crc = crc32(buf, crc);
      usize += buf.length;
      await new Promise<void>((resolve) => (final ? deflate.end(buf, () => resolve()) : deflate.write(buf, () => resolve())));
      if (final) await new Promise<void>((resolve) => (deflate.readableEnded ? resolve() : deflate.once('end', () => resolve())));
      await flushOut();
    };
    for (const c of chunks) {
      pending.push(c);
      pendingLen += c.length;
      if (pendingLen > 1 << 20) await push(false);
    }
    await push(true);
    await write(localHeader(name, crc, csize, usize), offset);
    central.push({ name, crc, csize, usize, offset });
    return usize;
  };

  await entry('[Content_Types].xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
  ]);
  await entry('_rels/.rels', [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`]);
  await entry('xl/workbook.xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  ]);
  await entry('xl/_rels/workbook.xml.rels', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${opts.sharedStrings ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
  ]);
  const strings = async () => {
    if (!opts.sharedStrings) return;
    const ss = opts.sharedStrings;
    await entry('xl/sharedStrings.xml', [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${ss.length}" uniqueCount="${ss.length}">${ss.map((s) => `<si><t>${xmlText(s)}</t></si>`).join('')}</sst>`]);
  };
  if (!opts.sharedStringsLast) await strings();
  const sizes: number[] = [];
  for (const [i, s] of sheets.entries()) {
    sizes.push(
      await entry(`xl/worksheets/sheet${i + 1}.xml`, (function* () {
        yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
        yield* s.rows();
        yield '</sheetData></worksheet>';
      })()),
    );
  }
  if (opts.sharedStringsLast) await strings(); // as Excel orders them: exceljs copies each worksheet to TMPDIR first
  const cdStart = pos;
  for (const c of central) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0800, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt32LE(c.crc >>> 0, 16);
    h.writeUInt32LE(c.csize, 20);
    h.writeUInt32LE(c.usize, 24);
    h.writeUInt16LE(c.name.length, 28);
    h.writeUInt32LE(c.offset, 42);
    await write(Buffer.concat([h, c.name]));
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(central.length, 8);
  eocd.writeUInt16LE(central.length, 10);
  eocd.writeUInt32LE(pos - cdStart, 12);
  eocd.writeUInt32LE(cdStart, 16);
  await write(eocd);
  await fh.close();
  return sizes;
}
