/** Read reviewer worksheets back into entries; rows with no verdict and no deduction are skipped. */
import { displayName } from '../util/display-path.js';
import type ExcelJS from 'exceljs';
import { appendAll } from '../util/arrays.js';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import { expandInputs } from '../util/fs.js';
import { tr } from '../i18n.js';
import { COLUMNS, VERDICTS } from './worksheet.js';
import type { ReviewEntry } from './merge-reviews.js';

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && 'result' in v && v.result !== undefined && v.result !== null) return text(v.result as ExcelJS.CellValue);
  // a formula without a stored result (a sheet written by a tool that does not calculate): shown as the formula
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return `=${String((v as { formula?: string; sharedFormula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula ?? '')}`;
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  return String(v).trim();
}

/**
 * Read one worksheet file (sheet 评查表, or the first sheet). A row with a verdict or a deduction is an entry; a
 * blank row is an implicit entry (the reviewer kept the automatic result) unless `explicitOnly`. With `chair`
 * the entries are the chair's rulings on disagreements.
 */
export async function readReviewSheet(file: string, opts: { chair?: boolean; explicitOnly?: boolean } = {}): Promise<ReviewEntry[]> {
  // sniffed and checked against the zip budget before exceljs loads it (exceljs loads on first use)
  const wb = await (await import('../ingest/excel/load-workbook.js')).loadWorkbook(file, { zh: '评查表', en: 'the review sheet' });
  const ws = wb.getWorksheet('评查表') ?? wb.worksheets[0];
  if (!ws) throw new InputError(tr(`评查表 ${file} 中没有工作表`, `review sheet ${file} has no worksheet`), { location: { file } });
  const col: Record<string, number> = {};
  ws.getRow(1).eachCell((cell, n) => {
    const head = text(cell.value);
    const c = COLUMNS.find((x) => head === x.zh || head.startsWith(`${x.zh} `) || head === x.en);
    if (c) col[c.key] = n;
  });
  const missing = ['caseId', 'itemId', 'verdict', 'deduction'].filter((k) => !col[k]);
  if (missing.length) {
    const names = missing.map((k) => COLUMNS.find((c) => c.key === k)!.zh).join('、');
    throw new InputError(tr(`评查表 ${file} 缺少列：${names}`, `review sheet ${file} lacks columns: ${names}`), { location: { file, sheet: ws.name, row: 1 }, hint: tr('请使用 caseaudit worksheet 生成的表格', 'use a sheet written by caseaudit worksheet') });
  }
  // a sheet belongs to one reviewer: the first 评查人 filled in, else the file name; a row may name its own
  let fallbackReviewer = path.basename(file, path.extname(file));
  for (let r = 2; r <= ws.rowCount && col.reviewer; r++) {
    const name = text(ws.getRow(r).getCell(col.reviewer).value);
    if (name) {
      fallbackReviewer = name;
      break;
    }
  }
  const out: ReviewEntry[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (k: string) => (col[k] ? text(row.getCell(col[k]!).value) : '');
    const verdictText = get('verdict');
    const dedText = get('deduction');
    const where = { file, sheet: ws.name, row: r };
    if (!verdictText && !dedText) {
      const caseId = get('caseId');
      const itemId = get('itemId');
      if (!opts.explicitOnly && !opts.chair && caseId && itemId) out.push({ caseId, itemId, verdict: 'pass', reviewer: get('reviewer') || fallbackReviewer, file: displayName(file), row: r, implicit: true });
      continue;
    }
    const verdict = VERDICTS[verdictText.toLowerCase() as keyof typeof VERDICTS] ?? (verdictText ? undefined : 'defect');
    if (!verdict) throw new InputError(tr(`评查表 ${file} 第 ${r} 行：评查结论 "${verdictText}" 无效（应为 符合、不符合 或 不适用）`, `review sheet ${file} row ${r}: verdict "${verdictText}" is not 符合, 不符合 or 不适用`), { location: { ...where, column: '评查结论' } });
    let deduction: number | undefined;
    if (dedText) {
      deduction = Number(dedText);
      const points = Number(get('points'));
      if (dedText.startsWith('=')) {
        throw new InputError(tr(`评查表 ${file} 第 ${r} 行：扣分是没有计算结果的公式 "${dedText}"`, `review sheet ${file} row ${r}: the deduction is a formula without a calculated result "${dedText}"`), {
          location: { ...where, column: '扣分' },
          hint: tr('请在 Excel/WPS 中打开并保存该表（保存时会计算公式），或直接填写数字', 'open the sheet in Excel/WPS and save it (which stores the results), or type the number'),
        });
      }
      if (!Number.isFinite(deduction) || deduction < 0 || (Number.isFinite(points) && points > 0 && deduction > points)) {
        throw new InputError(tr(`评查表 ${file} 第 ${r} 行：扣分 "${dedText}" 无效（应为 0 到分值之间的数）`, `review sheet ${file} row ${r}: deduction "${dedText}" must be a number from 0 to the item's points`), { location: { ...where, column: '扣分' } });
      }
    }
    const caseId = get('caseId');
    const itemId = get('itemId');
    if (!caseId || !itemId) throw new InputError(tr(`评查表 ${file} 第 ${r} 行缺少案件编号或项目编号`, `review sheet ${file} row ${r} lacks the case id or item id`), { location: where });
    const reason = get('reason');
    out.push({ caseId, itemId, verdict, ...(deduction !== undefined && verdict === 'defect' ? { deduction } : {}), ...(reason ? { reason } : {}), reviewer: get('reviewer') || fallbackReviewer, file: displayName(file), row: r, ...(opts.chair ? { chair: true as const } : {}) });
  }
  return out;
}

/** The .xlsx sheets named (folders expanded, sorted; Office lock files skipped). */
export async function reviewSheetFiles(inputs: string[]): Promise<string[]> {
  const files = await expandInputs(inputs, ['.xlsx']);
  return files.filter((f) => !path.basename(f).startsWith('~$'));
}

/**
 * Read several sheets or folders of sheets (their order does not matter); `chair` sheets rule on disagreements.
 * A folder (or a path named like a sheet that is a folder) holding no .xlsx sheet is an error naming it (exit 2: a
 * user pointing at the wrong folder must be told), unless `onEmpty` takes it (the `run` config's drop folder for
 * returned sheets is legitimately empty before the reviewers return them).
 */
export async function readReviewSheets(inputs: string[], chair: string[] = [], opts: { onEmpty?: (input: string) => void } = {}): Promise<ReviewEntry[]> {
  const all: ReviewEntry[] = [];
  const files = async (list: string[]): Promise<string[]> => {
    const out: string[] = [];
    for (const input of list) {
      const found = await reviewSheetFiles([input]);
      if (!found.length) {
        if (opts.onEmpty) opts.onEmpty(input);
        else throw new InputError(tr(`${displayName(input)} 中没有评查表（.xlsx）`, `no review sheets found in ${displayName(input)}`), { location: { file: displayName(input) }, hint: tr('--reviews/--chair 应指向 caseaudit worksheet 生成、评查人填写后的 .xlsx 文件或其所在文件夹', '--reviews/--chair take the .xlsx sheets written by caseaudit worksheet and filled in by the reviewers, or a folder holding them') });
      }
      appendAll(out, found);
    }
    return [...new Set(out)];
  };
  for (const f of await files(inputs)) appendAll(all, await readReviewSheet(f));
  for (const f of await files(chair)) appendAll(all, await readReviewSheet(f, { chair: true }));
  return all;
}

/** How many rows of an existing worksheet hold a reviewer's entry (0 when the file is missing or not a worksheet). */
export async function filledRows(file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  try {
    return (await readReviewSheet(file, { explicitOnly: true })).length;
  } catch {
    return 0;
  }
}
