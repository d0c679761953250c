/** The messages of an .xlsx that cannot be read, shared by the streaming reader (rows.ts) and whole-file loads (load-workbook.ts). */
import { CaseAuditError, InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import { fsError } from '../../util/fs-errors.js';

/** The environment variable that raises the per-part inflate limit (zip-budget.ts). */
export const PART_ENV = 'CASEAUDIT_XLSX_PART_LIMIT_MB';

const mib = (n: number) => Math.round(n / 1024 ** 2);

/** A part (or the whole workbook, `whole`) inflating past its limit, whatever the zip headers declared. */
export function partTooBig(file: string, part: string, limit: number, whole: boolean): InputError {
  return new InputError(
    whole
      ? tr(`解压后的数据超过 ${mib(limit)} MB（与 zip 目录声明的大小不符），疑似 zip 炸弹：${file}`, `the inflated data exceeds ${mib(limit)} MB (not what the zip directory declares), refusing a possible zip bomb: ${file}`)
      : tr(`工作簿部件 ${part} 解压后超过 ${mib(limit)} MB（与 zip 目录声明的大小不符），疑似 zip 炸弹：${file}`, `the workbook part ${part} inflates to more than ${mib(limit)} MB (not what the zip directory declares), refusing a possible zip bomb: ${file}`),
    {
      location: { file },
      hint: tr(`确属正常的大文件时，可设置环境变量 ${PART_ENV}（单位 MB）提高每个部件的上限`, `if the file is genuinely this large, raise the per-part limit with the environment variable ${PART_ENV} (MB)`),
    },
  );
}

/**
 * Any other failure of a read as one plain message naming the file (and the sheet, when known): a caseaudit
 * error as it is, a file-system error by its code, V8's "Invalid string length" as a cell too long to read,
 * anything else as a corrupt file. `what` names the kind of workbook (e.g. 评查表 / review sheet).
 */
export function unreadableXlsx(file: string, err: unknown, opts: { sheet?: string; what?: { zh: string; en: string } } = {}): CaseAuditError {
  if (err instanceof CaseAuditError) return err;
  const sys = fsError(err); // e.g. ENOSPC while exceljs copies a worksheet into TMPDIR: say so plainly
  if (sys) return sys;
  const { sheet } = opts;
  const what = opts.what ?? { zh: 'Excel 文件', en: 'the Excel file' };
  const tooLong = err instanceof RangeError && /string length/i.test(err.message);
  // JSZip (the in-memory loader) compares each part with the size its header declares, after inflating it
  if (/uncompressed data size mismatch/i.test((err as Error)?.message ?? '')) {
    return new InputError(tr(`${what.zh}的 zip 头声明的大小与实际数据不符（文件已损坏或被篡改）：${file}`, `the zip headers of ${what.en} do not match its data (a corrupt or crafted file): ${file}`), {
      location: { file },
      hint: tr('请重新导出或重新下载该文件', 'export or download the file again'),
      cause: err,
    });
  }
  return new InputError(
    tooLong
      ? tr(`${what.zh}${sheet ? `的工作表“${sheet}”` : ''}中有过长的单元格或文本，无法读取：${file}`, `${what.en} holds a cell or text too long to read${sheet ? ` in sheet "${sheet}"` : ''}: ${file}`)
      : tr(`无法读取${/^[A-Za-z]/.test(what.zh) ? " " : ""}${what.zh}：${file}：${(err as Error)?.message ?? String(err)}`, `cannot read ${what.en}: ${file}: ${(err as Error)?.message ?? String(err)}`),
    {
      location: { file, ...(sheet ? { sheet } : {}) },
      hint: tooLong
        ? tr('Excel 单元格最多 32,767 个字符；请检查并删除异常内容后重新导出', 'an Excel cell holds at most 32,767 characters; check the file, remove the odd content and export it again')
        : tr('文件可能已损坏；请在 Excel/WPS 中打开后重新另存为 .xlsx', 'the file may be corrupt; open it in Excel/WPS and save it again as .xlsx'),
      cause: err,
    },
  );
}
