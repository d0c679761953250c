// Writes a PDF the way iText with iTextAsian does for Chinese: the font STSong-Light is NOT embedded, text is
// shown through the UniGB-UCS2-H CMap (2-byte UCS-2 codes) and there is no ToUnicode map. pdf.js reads such text
// only when given its CMap files (cMapUrl, cMapPacked).
import fs from 'node:fs';

const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join('').toUpperCase();

/** Write `lines` (one page, 10.5 pt STSong-Light) to `out`. */
export function writeStSongPdf(out, lines) {
  let content = 'BT /F1 10.5 Tf 15 TL 50 780 Td\n';
  for (const l of lines) content += `<${hex(l)}> Tj T*\n`;
  content += 'ET\n';
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  fs.writeFileSync(out, Buffer.from(pdf, 'latin1'));
}
