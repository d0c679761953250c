/**
 * Before exceljs sees a file: is it a readable .xlsx? Refuses empty files, legacy .xls and password-protected
 * workbooks (both OLE/CFB containers), CSV or text renamed to .xlsx, broken zips, and zip bombs — by reading
 * the zip's central directory (declared sizes) without inflating anything.
 */
import { promises as fsp } from 'node:fs';
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';

/** Largest total uncompressed size of all entries accepted (zip-bomb guard); a 100,000-row export is ~200 MB. */
export const MAX_UNCOMPRESSED_BYTES = 2 * 1024 ** 3;
/** Most zip entries accepted (a workbook has a few dozen). */
export const MAX_ENTRIES = 10_000;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const CONVERT_HINT = () =>
  tr(
    '请在 Excel 或 WPS 中打开并“另存为” .xlsx，或运行：libreoffice --headless --convert-to xlsx 文件名',
    'open it in Excel or WPS and Save As .xlsx, or run: libreoffice --headless --convert-to xlsx FILE',
  );

/**
 * Throw an InputError naming the file unless it looks like a readable xlsx zip within the size limits; gives its
 * size, the number of worksheet parts (xl/worksheets/sheetN.xml, the parts exceljs's streaming reader reads) and
 * whether it has a shared-strings part.
 */
export async function sniffXlsx(file: string): Promise<{ size: number; worksheets: number; sharedStrings: boolean }> {
  const fh = await fsp.open(file, 'r');
  try {
    const { size } = await fh.stat();
    const fail = (zh: string, en: string, hint?: string) => new InputError(tr(`${zh}：${file}`, `${en}: ${file}`), { location: { file }, ...(hint ? { hint } : {}) });
    if (size === 0) throw fail('空文件', 'empty file');
    const head = Buffer.alloc(Math.min(size, 4096));
    await fh.read(head, 0, head.length, 0);
    if (head.subarray(0, 8).equals(OLE_MAGIC)) {
      const whole = size <= 64 * 1024 * 1024 ? await fh.readFile() : head;
      if (whole.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
        throw fail('工作簿设有打开密码，无法读取', 'the workbook is password-protected', tr('请在 Excel/WPS 中输入密码打开，取消“用密码进行加密”后另存为 .xlsx', 'open it in Excel/WPS with the password, remove "Encrypt with Password" and save it as .xlsx'));
      }
      throw fail('这是旧版 Excel 97-2003（.xls）文件，不是 .xlsx', 'this is a legacy Excel 97-2003 (.xls) file, not .xlsx', CONVERT_HINT());
    }
    if (head[0] !== 0x50 || head[1] !== 0x4b) {
      const text = !head.includes(0);
      throw text
        ? fail('这是文本或 CSV 文件，不是 .xlsx', 'this is a text or CSV file, not .xlsx', CONVERT_HINT())
        : fail('不是 .xlsx 文件（不是 zip 格式）', 'not an .xlsx file (not a zip)', CONVERT_HINT());
    }
    const { worksheets, sharedStrings } = await checkCentralDirectory(fh, size, fail);
    return { size, worksheets, sharedStrings };
  } finally {
    await fh.close();
  }
}

type Fail = (zh: string, en: string, hint?: string) => InputError;

async function checkCentralDirectory(fh: fsp.FileHandle, size: number, fail: Fail): Promise<{ worksheets: number; sharedStrings: boolean }> {
  const tailLen = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLen);
  await fh.read(tail, 0, tailLen, size - tailLen);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tailLen) throw fail('文件已损坏或不完整（找不到 zip 目录）', 'the file is corrupt or truncated (no zip directory)', tr('请重新导出或重新下载该文件', 'export or download the file again'));
  const entries = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) throw fail(`文件过大（zip64），超出导入上限`, 'the file is too large (zip64) for import');
  if (entries > MAX_ENTRIES) throw fail(`zip 条目过多（${entries} > ${MAX_ENTRIES}），疑似恶意文件`, `too many zip entries (${entries} > ${MAX_ENTRIES}), refusing a possible zip bomb`);
  if (cdOffset + cdSize > size) throw fail('文件已损坏或不完整（zip 目录越界）', 'the file is corrupt or truncated (zip directory out of range)', tr('请重新导出或重新下载该文件', 'export or download the file again'));
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  let total = 0;
  let hasWorkbook = false;
  let worksheets = 0;
  let sharedStrings = false;
  for (let p = 0, n = 0; n < entries; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw fail('文件已损坏（zip 目录无效）', 'the file is corrupt (invalid zip directory)');
    const usize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    if (name === 'xl/workbook.xml') hasWorkbook = true;
    if (name === 'xl/sharedStrings.xml') sharedStrings = true;
    if (/xl\/worksheets\/sheet\d+[.]xml/.test(name)) worksheets++; // exceljs's own test for a worksheet part (unanchored)
    total += usize === 0xffffffff ? Infinity : usize;
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw fail(`解压后超过 ${MAX_UNCOMPRESSED_BYTES / 1024 ** 3} GB，疑似恶意文件（zip 炸弹）`, `uncompressed size exceeds ${MAX_UNCOMPRESSED_BYTES / 1024 ** 3} GB, refusing a possible zip bomb`);
  }
  if (!hasWorkbook) throw fail('zip 文件中没有 Excel 工作簿（xl/workbook.xml）', 'a zip without an Excel workbook (xl/workbook.xml)', CONVERT_HINT());
  return { worksheets, sharedStrings };
}
