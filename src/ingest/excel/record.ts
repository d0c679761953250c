/** One spreadsheet row → a case or scheme record (or a reject), with a warning for every cell that could not be read. */
import { tr } from '../../i18n.js';
import type { CaseFile, Officer, Reject, Scheme, Warning } from '../../model/types.js';
import { parseAmount } from '../normalize/amounts.js';
import { parseYesNo } from '../normalize/booleans.js';
import { checkCreditCode } from '../normalize/credit-code.js';
import { parseDate } from '../normalize/dates.js';
import { splitList } from '../normalize/lists.js';
import { cleanName, isBlank } from '../normalize/text.js';
import { CellError, cellText, MAX_CELL_CHARS, plainValue, type Plain } from './cells.js';
import type { PlannedColumn, SheetPlan } from './detect.js';
import type { FieldSpec } from './fields.js';

export interface RowContext {
  file: string;
  sheet: string;
  row: number;
  /** workbook uses the 1904 date system (serials are 1462 days smaller) */
  date1904?: boolean;
}

export interface RowResult {
  record?: CaseFile | Scheme;
  reject?: Reject;
  warnings: Warning[];
}

const DAYS_1904 = 1462;

/** Read a row by the sheet's plan. A row without an id is a reject; unreadable cells leave the field empty and warn. */
export function buildRecord(plan: SheetPlan, values: unknown[], ctx: RowContext): RowResult {
  const warnings: Warning[] = [];
  const rec: Record<string, unknown> = {};
  const lists: Record<string, string[]> = {};
  const warn = (col: PlannedColumn, raw: string, reason: string) =>
    warnings.push({ file: ctx.file, sheet: ctx.sheet, row: ctx.row, column: `${col.letter} ${col.header}`, value: raw, reason });

  for (const col of plan.columns) {
    const value = plainValue(values[col.col]);
    if (value === undefined) continue;
    if (typeof value === 'string' && value.includes('\uFFFD')) warn(col, cellText(value), tr('单元格含有替换字符 U+FFFD（文字在导出前已损坏）', 'cell contains U+FFFD replacement characters (text damaged before import)'));
    if (!col.match || col.match.field === 'ignore') continue;
    if (typeof value === 'string' && value.length > MAX_CELL_CHARS) return { reject: tooLong(col, value, ctx), warnings };
    if (value instanceof CellError) {
      warn(col, value.raw, tr('单元格无可读的值（错误值或无结果的公式）', 'cell has no readable value (an error or a formula without a result)'));
      continue;
    }
    if (typeof value === 'string' && col.match.field.type !== 'yesno' && isBlank(value)) continue;
    const spec = col.match.field;
    const got = convert(spec, value, col.match.unit, ctx);
    if (got.reason) warn(col, cellText(value), got.reason);
    if (got.value === undefined) continue;
    if (Array.isArray(got.value)) (lists[spec.field] ??= []).push(...got.value);
    else if (getPath(rec, spec.field) === undefined) setPath(rec, spec.field, got.value);
    else if (getPath(rec, spec.field) !== got.value) warn(col, cellText(value), tr(`与同一字段的前一列不一致，保留前一列的值`, `differs from an earlier column for the same field; the earlier value is kept`));
  }

  const id = rec.id as string | undefined;
  if (!id) {
    const reason = plan.kind === 'cases' ? tr('缺少案件编号', 'no case number') : tr('缺少方案编号', 'no scheme number');
    return { reject: { file: ctx.file, sheet: ctx.sheet, row: ctx.row, reason }, warnings };
  }
  const officers = buildOfficers(lists, plan, ctx, warnings);
  for (const k of ['officers', 'officerCerts', 'officerCertValidUntil']) delete lists[k];
  for (const [field, items] of Object.entries(lists)) {
    if (field === 'documents') rec.documents = items.map((title) => ({ title }));
    else setPath(rec, field, items);
  }
  if (officers.length) rec.officers = officers;
  rec.source = { file: ctx.file, sheet: ctx.sheet, row: ctx.row };
  return { record: rec as unknown as CaseFile | Scheme, warnings };
}

/** The reject of a row with a cell longer than an Excel cell can be: address, length, the cell's start. */
function tooLong(col: PlannedColumn, value: string, ctx: RowContext): Reject {
  const n = value.length.toLocaleString('en-US');
  return {
    file: ctx.file,
    sheet: ctx.sheet,
    row: ctx.row,
    column: `${col.letter} ${col.header}`,
    value: `${Array.from(value.slice(0, 41)).slice(0, 40).join('')}…`,
    reason: tr(
      `单元格 ${col.letter}${ctx.row} 有 ${n} 个字符，超过 Excel 单元格的上限 ${MAX_CELL_CHARS.toLocaleString('en-US')}（不是 Excel/WPS 能保存的内容），整行未导入`,
      `cell ${col.letter}${ctx.row} holds ${n} characters, more than an Excel cell can (${MAX_CELL_CHARS.toLocaleString('en-US')}); the row was not imported`,
    ),
  };
}

type Converted = { value?: string | number | boolean | string[]; reason?: string };

function convert(spec: FieldSpec, value: Exclude<Plain, undefined>, unit: 'wan' | 'yuan' | undefined, ctx: RowContext): Converted {
  switch (spec.type) {
    case 'id':
    case 'text':
      return { value: asWritten(cellText(value)) };
    case 'name':
      return { value: cleanName(cellText(value)) };
    case 'date': {
      const r = parseDate(typeof value === 'number' && ctx.date1904 && value < 19000101 ? value + DAYS_1904 : value);
      return r.ok ? { value: r.value } : { reason: tr(`无法识别的日期：${cellText(value)}`, r.reason) };
    }
    case 'amount': {
      const r = parseAmount(value, unit);
      return r.ok ? { value: r.value } : { reason: tr(`无法识别的金额：${cellText(value)}`, r.reason) };
    }
    case 'yesno': {
      const r = parseYesNo(value);
      return r.ok ? { value: r.value } : { reason: tr(`无法识别的是/否：${cellText(value)}`, r.reason) };
    }
    case 'list':
      return { value: splitList(cellText(value)).map((x) => asWritten(x) ?? x) };
    case 'code': {
      const text = cellText(value);
      const c = checkCreditCode(text);
      if (c.status === 'valid') return { value: c.code };
      if (c.status === 'masked') return { value: text };
      return { value: text, reason: tr(`统一社会信用代码无效（${c.reason}），保留原值`, `invalid unified social credit code (${c.reason}); raw value kept`) };
    }
    case 'enum': {
      const key = cellText(value).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
      const v = spec.values?.[key] ?? (Object.values(spec.values ?? {}).includes(key) ? key : undefined);
      return v ? { value: v } : { reason: tr(`无法识别的取值：${cellText(value)}`, `unrecognised value: ${cellText(value)}`) };
    }
  }
}

/** Officer names, certificate numbers and validity dates are parallel lists; 张三(3601001) carries its number inline. */
function buildOfficers(lists: Record<string, string[]>, plan: SheetPlan, ctx: RowContext, warnings: Warning[]): Officer[] {
  const names = lists.officers ?? [];
  const certs = lists.officerCerts ?? [];
  const until = lists.officerCertValidUntil ?? [];
  const colOf = (field: string) => plan.columns.find((c) => c.match && c.match.field !== 'ignore' && c.match.field.field === field);
  const note = (field: string, value: string, reason: string) => {
    const col = colOf(field);
    warnings.push({ file: ctx.file, sheet: ctx.sheet, row: ctx.row, ...(col ? { column: `${col.letter} ${col.header}` } : {}), value, reason });
  };
  if (names.length && certs.length && certs.length !== names.length) {
    note('officerCerts', certs.join('、'), tr(`执法证号 ${certs.length} 个，执法人员 ${names.length} 人，按顺序对应`, `${certs.length} certificate numbers for ${names.length} officers, matched in order`));
  }
  return names.map((raw, i) => {
    const inline = /^(.+?)[(（]\s*([A-Za-z0-9-]{4,})\s*[)）]$/.exec(raw);
    const o: Officer = { name: inline ? inline[1]!.trim() : raw };
    const cert = certs[i] ?? inline?.[2];
    if (cert) o.certNo = cert;
    const u = until[i];
    if (u) {
      const d = parseDate(u);
      if (d.ok && d.value) o.certValidUntil = d.value;
      else if (!d.ok) note('officerCertValidUntil', u, tr(`无法识别的日期：${u}`, d.reason));
    }
    return o;
  });
}

/** Text kept as written (ids, facts, list items): only line ends unified and outer/runs of spaces trimmed. */
function asWritten(text: string): string | undefined {
  const s = text.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
  return s && !isBlank(s) ? s : undefined;
}

const PARTS = new Map<string, [string, string?]>();
/** 'party.name' → ['party', 'name'], split once. */
function parts(path: string): [string, string?] {
  let p = PARTS.get(path);
  if (!p) PARTS.set(path, (p = path.split('.') as [string, string?]));
  return p;
}

function getPath(obj: Record<string, unknown>, path: string): unknown {
  const [a, b] = parts(path);
  return b === undefined ? obj[a] : (obj[a] as Record<string, unknown> | undefined)?.[b];
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const [a, b] = parts(path);
  if (b === undefined) obj[a] = value;
  else ((obj[a] ??= {}) as Record<string, unknown>)[b] = value;
}
