/**
 * Every .xlsx the product reads whole with exceljs's in-memory loader (reviewer worksheets, feedback workbooks,
 * plans, reviewer lists) goes through here, so it gets the same defences as an imported workbook: the sniff
 * (sniff.ts: legacy .xls, password, text, broken zip, declared sizes) and the real inflated size of every part
 * against the same budget as the streaming reader (zip-budget.ts: 512 MB per part, CASEAUDIT_XLSX_PART_LIMIT_MB;
 * 2 GB in all). The file is read once; the bytes checked are the bytes loaded.
 *
 * Why: these files were handed to `workbook.xlsx.readFile`, which inflates every part into memory on the word of
 * the zip headers — a crafted worksheet claiming 1 KB per part could inflate gigabytes there.
 */
import { promises as fsp } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import type ExcelJSNs from 'exceljs';
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import { ExcelJS } from './exceljs.js';
import { partTooBig, unreadableXlsx } from './read-errors.js';
import { badSharedStringError, findBadSharedStringRef } from './shared-string-refs.js';
import { MAX_UNCOMPRESSED_BYTES, sniffXlsx } from './sniff.js';
import { partLimit } from './zip-budget.js';

/** What a workbook is, for messages: 评查表 / review sheet. */
export interface WorkbookKind {
  zh: string;
  en: string;
}

/** Sniff, check the real inflated sizes, then load the workbook; every failure is an InputError naming the file. */
export async function loadWorkbook(file: string, what?: WorkbookKind): Promise<ExcelJSNs.Workbook> {
  await sniffXlsx(file);
  let data: Buffer;
  try {
    data = await fsp.readFile(file);
  } catch (err) {
    throw unreadableXlsx(file, err, what ? { what } : {});
  }
  await checkInflatedSizes(data, file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJSNs.Buffer);
  } catch (err) {
    // a cell pointing outside the shared strings: say which, not exceljs's TypeError
    const bad = await findBadSharedStringRef(data);
    if (bad) throw badSharedStringError(file, bad, what ?? { zh: 'Excel 文件', en: 'the Excel file' }, err);
    throw unreadableXlsx(file, err, what ? { what } : {});
  }
  return wb;
}

/**
 * Inflate every entry the central directory lists (the entries the in-memory loader reads, with the compressed
 * size it uses), counting the output and keeping none of it; past the per-part or total limit, stop.
 */
export async function checkInflatedSizes(zip: Buffer, file: string, perPart = partLimit(), total = MAX_UNCOMPRESSED_BYTES): Promise<void> {
  const corrupt = (why: string) =>
    new InputError(tr(`文件已损坏（${why}）：${file}`, `the file is corrupt (${why}): ${file}`), {
      location: { file },
      hint: tr('文件可能已损坏；请在 Excel/WPS 中打开后重新另存为 .xlsx', 'the file may be corrupt; open it in Excel/WPS and save it again as .xlsx'),
    });
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) throw corrupt(tr('找不到 zip 目录', 'no zip directory'));
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  let inflated = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) throw corrupt(tr('zip 目录无效', 'invalid zip directory'));
    const method = zip.readUInt16LE(p + 10);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw corrupt(tr(`部件 ${name} 的本地头无效`, `invalid local header of ${name}`));
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + csize > zip.length) throw corrupt(tr(`部件 ${name} 越界`, `${name} runs past the end of the file`));
    const data = zip.subarray(start, start + csize);
    const room = Math.min(perPart, total - inflated);
    let size: number;
    if (method === 0) size = csize;
    else if (method === 8) size = await inflatedSize(data, room).catch(() => Promise.reject(corrupt(tr(`部件 ${name} 的压缩数据已损坏`, `the compressed data of ${name} is damaged`))));
    else throw corrupt(tr(`部件 ${name} 的压缩方式 ${method} 不受支持`, `${name} uses the unsupported compression method ${method}`));
    if (size > room) throw partTooBig(file, name, room === perPart ? perPart : total, room !== perPart);
    inflated += size;
  }
}

/** Bytes `deflated` inflates to, counted without keeping them; stops as soon as the count passes `limit`. */
function inflatedSize(deflated: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let size = 0;
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflater.destroy();
        resolve(size);
      }
    });
    inflater.on('end', () => resolve(size));
    inflater.on('error', (err) => reject(err));
    inflater.end(deflated);
  });
}
