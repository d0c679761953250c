/** The reviewers list: JSON (templates/schema/reviewers.schema.json) or an Excel sheet with a documented header. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { assertSchema } from '../model/validate.js';
import type { Reviewer } from './assign.js';

/** Excel headers accepted per field (matched ignoring spaces and a trailing colon). */
export const REVIEWER_HEADERS: Record<keyof Reviewer, string[]> = {
  name: ['姓名', '评查人', '评查人员', '名字', 'name'],
  unit: ['单位', '所在单位', '工作单位', '执法单位', 'unit'],
  city: ['设区市', '所在市', '市', '地市', 'city'],
  level: ['层级', '单位层级', 'level'],
  maxLoad: ['最多评查案卷数', '最多案卷数', '上限', 'maxload', 'max load'],
};

const LEVELS: Record<string, Reviewer['level']> = { 省: 'province', 省级: 'province', province: 'province', 市: 'city', 市级: 'city', city: 'city', 县: 'county', 县级: 'county', county: 'county' };

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  return String(v).trim();
}

const norm = (h: string) => h.normalize('NFKC').replace(/\s+/g, '').replace(/[:：]$/, '').replace(/^\*/, '').toLowerCase();

async function readXlsx(file: string): Promise<Reviewer[]> {
  const wb = await (await import('../ingest/excel/load-workbook.js')).loadWorkbook(file, { zh: '评查人名单', en: 'the reviewers list' });
  const ws = wb.worksheets[0];
  if (!ws) throw new InputError(tr(`评查人名单 ${file} 中没有工作表`, `the reviewers list ${file} has no worksheet`), { location: { file } });
  const col: Partial<Record<keyof Reviewer, number>> = {};
  ws.getRow(1).eachCell((cell, n) => {
    const h = norm(cellText(cell.value));
    for (const [k, names] of Object.entries(REVIEWER_HEADERS) as [keyof Reviewer, string[]][]) if (!col[k] && names.some((x) => norm(x) === h)) col[k] = n;
  });
  if (!col.name || !col.unit) {
    throw new InputError(tr(`评查人名单 ${file} 第 1 行应有表头“姓名”和“单位”`, `the reviewers list ${file} needs the headers 姓名 (name) and 单位 (unit) in row 1`), { location: { file, sheet: ws.name, row: 1 }, hint: tr('表头：姓名 | 单位 | 设区市 | 层级 | 最多评查案卷数', 'headers: 姓名 | 单位 | 设区市 | 层级 | 最多评查案卷数') });
  }
  const out: Reviewer[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (k: keyof Reviewer) => (col[k] ? cellText(row.getCell(col[k]!).value) : '');
    const name = get('name');
    const unit = get('unit');
    if (!name && !unit) continue;
    const where = { file, sheet: ws.name, row: r };
    if (!name || !unit) throw new InputError(tr(`评查人名单 ${file} 第 ${r} 行缺少${name ? '单位' : '姓名'}`, `the reviewers list ${file} row ${r} lacks the ${name ? 'unit' : 'name'}`), { location: where });
    const rev: Reviewer = { name, unit };
    if (get('city')) rev.city = get('city');
    const level = get('level');
    if (level) {
      const l = LEVELS[norm(level)];
      if (!l) throw new InputError(tr(`评查人名单 ${file} 第 ${r} 行：层级 "${level}" 应为 省/市/县`, `the reviewers list ${file} row ${r}: level "${level}" must be province, city or county`), { location: { ...where, column: '层级' } });
      rev.level = l;
    }
    const max = get('maxLoad');
    if (max) {
      const n = Number(max);
      if (!Number.isInteger(n) || n < 1) throw new InputError(tr(`评查人名单 ${file} 第 ${r} 行：最多评查案卷数 "${max}" 应为正整数`, `the reviewers list ${file} row ${r}: max load "${max}" must be a positive integer`), { location: { ...where, column: '最多评查案卷数' } });
      rev.maxLoad = n;
    }
    out.push(rev);
  }
  if (!out.length) throw new InputError(tr(`评查人名单 ${file} 没有评查人`, `the reviewers list ${file} has no reviewers`), { location: { file, sheet: ws.name } });
  return out;
}

/** Read a reviewers list (.json or .xlsx); exit 2 naming the file and place on any problem. */
export async function readReviewers(file: string): Promise<Reviewer[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file);
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch {
    throw new InputError(tr(`评查人名单不存在或无法读取：${file}`, `reviewers list not found or unreadable: ${file}`), { location: { file } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(tr(`评查人名单不是有效的 JSON：${file}（${(err as Error).message}）`, `the reviewers list is not valid JSON: ${file} (${(err as Error).message})`), { location: { file } });
  }
  return assertSchema<{ reviewers: Reviewer[] }>('reviewers', data, file, tr('评查人名单', 'reviewers list')).reviewers;
}
