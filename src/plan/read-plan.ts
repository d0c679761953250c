/**
 * Read an annual inspection plan from Excel (.xlsx), CSV (UTF-8 or GBK) or JSON. Headers are matched by the aliases
 * in templates/headers/plan.json; a row without a name and credit code, or without a unit, or with an unreadable
 * count, is an input error naming file, sheet, row and column — a plan is short and must be right.
 */
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { readTemplateJson } from '../util/paths.js';
import { loadWorkbook } from '../ingest/excel/load-workbook.js';
import { cellText, plainValue } from '../ingest/excel/cells.js';
import { headerKey } from '../ingest/excel/headers.js';
import { isBlank } from '../ingest/normalize/text.js';
import type { PlanEntry } from './types.js';
import { appendAll } from '../util/arrays.js';

type Field = 'name' | 'creditCode' | 'industry' | 'category' | 'unit' | 'planned' | 'months';
const FIELDS: Field[] = ['name', 'creditCode', 'industry', 'category', 'unit', 'planned', 'months'];

let aliases: Map<string, Field> | undefined;
function aliasIndex(): Map<string, Field> {
  if (!aliases) {
    const t = readTemplateJson<{ fields: Record<Field, string[]> }>('headers', 'plan.json');
    aliases = new Map();
    for (const f of FIELDS) for (const a of t.fields[f] ?? []) aliases.set(headerKey(a), f);
  }
  return aliases;
}

interface RawRow {
  values: Partial<Record<Field, string>>;
  sheet?: string;
  row?: number;
}

const KEY = ['重点', '重点企业', '重点单位', '重点监管', 'key', 'major', '是'];
const GENERAL = ['一般', '一般企业', '一般单位', '一般监管', 'general', '否'];

function parseRow(r: RawRow, file: string): PlanEntry {
  const where = { file, sheet: r.sheet, row: r.row };
  const v = r.values;
  const err = (column: string, zh: string, en: string) => new InputError(`${file}${r.row ? tr(` 第 ${r.row} 行`, ` row ${r.row}`) : ''}：${tr(zh, en)}`, { location: { ...where, column } });
  const name = v.name?.trim() ?? '';
  const creditCode = v.creditCode?.trim();
  if (!name && !creditCode) throw err('企业名称', '缺少企业名称和统一社会信用代码', 'no enterprise name and no credit code');
  const unit = v.unit?.trim();
  if (!unit) throw err('执法单位', '缺少执法单位', 'no enforcing unit');
  const e: PlanEntry = { name: name || creditCode!, unit, planned: 1, source: { file: path.basename(file), ...(r.sheet ? { sheet: r.sheet } : {}), ...(r.row ? { row: r.row } : {}) } };
  if (creditCode) e.creditCode = creditCode;
  if (v.industry?.trim()) e.industry = v.industry.trim();
  const cat = v.category?.replace(/\s+/g, '').toLowerCase();
  if (cat) {
    if (KEY.includes(cat)) e.category = 'key';
    else if (GENERAL.includes(cat)) e.category = 'general';
    else throw err('监管类别', `监管类别“${v.category}”应为 重点 或 一般`, `category "${v.category}" must be 重点 (key) or 一般 (general)`);
  }
  if (v.planned?.trim()) {
    const n = Number(v.planned.trim().normalize('NFKC').replace(/次$/, ''));
    if (!Number.isInteger(n) || n < 0) throw err('年度计划检查次数', `年度计划检查次数“${v.planned}”应为非负整数`, `planned inspections "${v.planned}" must be a whole number ≥ 0`);
    e.planned = n;
  }
  if (v.months?.trim()) {
    const parts = v.months.normalize('NFKC').split(/[、,，;；\s]+/).map((x) => x.replace(/月份?$/, '')).filter(Boolean);
    const months = parts.map(Number);
    if (!months.length || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) throw err('计划检查月份', `计划检查月份“${v.months}”应为 1–12 的月份，如 3、9`, `planned months "${v.months}" must be months 1–12, e.g. 3,9`);
    e.months = [...new Set(months)].sort((a, b) => a - b);
  }
  return e;
}

/** Map a header row to fields; the sheet must name an enterprise (or credit code) and a unit column. */
function mapHeader(cells: string[]): (Field | undefined)[] | undefined {
  const idx = aliasIndex();
  const cols = cells.map((c) => idx.get(headerKey(c)));
  return (cols.includes('name') || cols.includes('creditCode')) && cols.includes('unit') ? cols : undefined;
}

function rowsFromTable(table: string[][], file: string, sheet?: string): RawRow[] {
  const h = table.findIndex((r, i) => i < 10 && mapHeader(r));
  if (h < 0) return [];
  const cols = mapHeader(table[h]!)!;
  const out: RawRow[] = [];
  for (let i = h + 1; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((c) => isBlank(c) || !c.trim())) continue;
    const values: RawRow['values'] = {};
    cols.forEach((f, j) => {
      const c = cells[j];
      if (f && c !== undefined && !isBlank(c)) values[f] = c;
    });
    out.push({ values, sheet, row: i + 1 });
  }
  void file;
  return out;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** Decode CSV bytes: UTF-8 (with or without BOM), else GBK/GB18030 as Excel and WPS save it on Chinese Windows. */
export function decodeCsv(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

async function readXlsx(file: string): Promise<RawRow[]> {
  const wb = await loadWorkbook(file, { zh: '计划', en: 'the plan' });
  const out: RawRow[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const table: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cellText(plainValue(cell.value) as never)));
      table[n - 1] = Array.from(cells, (c) => c ?? '');
    });
    appendAll(out, rowsFromTable(Array.from(table, (r) => r ?? []), file, ws.name));
  }
  return out;
}

function rowsFromJson(data: unknown, file: string): RawRow[] {
  const list = Array.isArray(data) ? data : (data as { enterprises?: unknown })?.enterprises;
  if (!Array.isArray(list)) throw new InputError(tr(`${file}：应为企业数组或 {"enterprises": [...]}`, `${file}: expected an array of enterprises or {"enterprises": [...]}`), { location: { file, path: '$' } });
  return list.map((o, i) => {
    const values: RawRow['values'] = {};
    for (const [k, v] of Object.entries((o ?? {}) as Record<string, unknown>)) {
      const f = (FIELDS as string[]).includes(k) ? (k as Field) : aliasIndex().get(headerKey(k));
      if (f && v !== null && v !== undefined) values[f] = Array.isArray(v) ? v.join(',') : String(v);
    }
    return { values, row: i + 1 };
  });
}

/** Read a plan file into entries (file order). */
export async function readPlan(file: string): Promise<PlanEntry[]> {
  const ext = path.extname(file).toLowerCase();
  let raw: RawRow[];
  let buf: Buffer;
  try {
    buf = await fsp.readFile(file);
  } catch {
    throw new InputError(tr(`计划文件不存在或无法读取：${file}`, `cannot read the plan file: ${file}`), { location: { file } });
  }
  if (ext === '.xlsx') raw = await readXlsx(file);
  else if (ext === '.csv' || ext === '.txt') raw = rowsFromTable(parseCsv(decodeCsv(buf)), file);
  else if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(buf.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new InputError(tr(`${file}：不是有效的 JSON（${(err as Error).message}）`, `${file}: not valid JSON (${(err as Error).message})`), { location: { file } });
    }
    raw = rowsFromJson(data, file);
  } else throw new InputError(tr(`计划文件格式不支持：${file}（应为 .xlsx、.csv 或 .json）`, `unsupported plan format: ${file} (use .xlsx, .csv or .json)`), { location: { file } });
  if (!raw.length) {
    throw new InputError(tr(`${file}：找不到计划表头（需含 企业名称 或 统一社会信用代码，以及 执法单位）`, `${file}: no plan header found (needs 企业名称 or 统一社会信用代码, and 执法单位)`), { location: { file }, hint: tr('表头别名见 templates/headers/plan.json', 'header aliases: templates/headers/plan.json') });
  }
  return raw.map((r) => parseRow(r, file));
}
