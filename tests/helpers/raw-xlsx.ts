/** A minimal .xlsx built from raw sheet XML (JSZip), for hostile and edge-case inputs exceljs itself would never write. */
import JSZip from 'jszip';

export interface RawSheet {
  name: string;
  /** the <sheetData> inner XML */
  rows: string;
}

/** XML-escape text for a cell. */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One row of inline-string / number cells (with r= attributes unless `noRefs`). */
export function rowXml(n: number, cells: (string | number | null)[], noRefs = false): string {
  const cols = cells.map((v, i) => {
    if (v === null) return '';
    const ref = noRefs ? '' : ` r="${colLetter(i + 1)}${n}"`;
    return typeof v === 'number' ? `<c${ref}><v>${v}</v></c>` : `<c${ref} t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`;
  });
  return `<row${noRefs ? '' : ` r="${n}"`}>${cols.join('')}</row>`;
}

function colLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Build the workbook; `sharedStrings` adds xl/sharedStrings.xml with those strings. */
export async function rawXlsx(sheets: RawSheet[], opts: { sharedStrings?: string[]; sharedStringsLast?: boolean; compression?: 'DEFLATE' | 'STORE' } = {}): Promise<Buffer> {
  const zip = new JSZip();
  const ss = opts.sharedStrings;
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${ss ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${ss ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
  );
  const strings = () => {
    if (ss) zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${ss.length}" uniqueCount="${ss.length}">${ss.map((s) => `<si><t>${xmlText(s)}</t></si>`).join('')}</sst>`);
  };
  if (!opts.sharedStringsLast) strings();
  sheets.forEach((s, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.rows}</sheetData></worksheet>`);
  });
  // after the worksheets (as exceljs itself writes them): exceljs's reader then copies each worksheet to TMPDIR first
  if (opts.sharedStringsLast) strings();
  return zip.generateAsync({ type: 'nodebuffer', compression: opts.compression ?? 'DEFLATE' });
}
