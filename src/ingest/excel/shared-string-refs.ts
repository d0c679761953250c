/**
 * Why a whole-file load failed, when the cause is a cell pointing outside the shared-strings table (ECMA-376 Part 1
 * §18.3.1.4: a `t="s"` cell's value is a zero-based index into the sst). exceljs's in-memory loader then fails with
 * "Cannot read properties of undefined (reading 'richText')"; the import path (sheet-events.ts) flags such cells
 * as invalid references. Run only after a load has failed: it reads the zip again and scans every worksheet.
 */
import JSZip from 'jszip';
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';

export interface BadSharedStringRef {
  /** the sheet's name as the workbook lists it (else the part name) */
  sheet: string;
  cell: string;
  /** the reference as written */
  ref: string;
  /** how many strings the table holds */
  count: number;
}

const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/**
 * The first cell (in sheet order) whose shared-string reference is not an index into the table, if any. A zip this
 * scan cannot read itself (a corrupt part, a size mismatch) is not its diagnosis: undefined, and the load's own
 * error stands. (The parts were already inflated within the budget by checkInflatedSizes.)
 */
export async function findBadSharedStringRef(data: Uint8Array): Promise<BadSharedStringRef | undefined> {
  try {
    return await scan(await JSZip.loadAsync(data));
  } catch {
    return undefined;
  }
}

async function scan(zip: JSZip): Promise<BadSharedStringRef | undefined> {
  const names = Object.keys(zip.files);
  const sstName = names.find((n) => /^xl\/sharedStrings\.xml$/i.test(n));
  const sst = sstName ? await zip.file(sstName)!.async('string') : '';
  const count = (sst.match(/<(?:\w+:)?si[\s>/]/g) ?? []).length;
  // sheet names by part: workbook.xml <sheet name r:id> → workbook.xml.rels <Relationship Id Target>
  const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? target.get(id) : undefined;
    if (name !== undefined && part) sheets.push({ name: unescape(name), part });
  }
  const parts = sheets.length ? sheets : names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n)).sort().map((part) => ({ name: part, part }));
  for (const { name, part } of parts) {
    const xml = await zip.file(part)?.async('string');
    if (!xml) continue;
    for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = m[1] ?? '';
      if (!/\bt=["']s["']/.test(attrs)) continue;
      const ref = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(m[2] ?? '')?.[1] ?? '';
      if (/^\d+$/.test(ref.trim()) && Number(ref) < count) continue;
      return { sheet: name, cell: /\br=["']([^"']*)["']/.exec(attrs)?.[1] ?? '?', ref, count };
    }
  }
  return undefined;
}

/** The plain message for a bad reference: file, sheet and cell named, as the import path words it. */
export function badSharedStringError(file: string, bad: BadSharedStringRef, what: { zh: string; en: string }, cause?: unknown): InputError {
  return new InputError(
    tr(
      `${what.zh} ${file} 的工作表“${bad.sheet}”单元格 ${bad.cell}：无效的共享字符串引用 ${bad.ref || '（空）'}（工作簿共有 ${bad.count} 条），文件已损坏`,
      `${what.en} ${file}, sheet "${bad.sheet}", cell ${bad.cell}: invalid shared-string reference ${bad.ref || '(empty)'} (the workbook has ${bad.count}); the file is damaged`,
    ),
    {
      location: { file, sheet: bad.sheet },
      hint: tr('请在 Excel/WPS 中打开后重新另存为 .xlsx；若仍无法打开，请从原件重新填写', 'open it in Excel/WPS and save it again as .xlsx; if it does not open, fill in a fresh copy'),
      cause,
    },
  );
}
