/**
 * Make an OOXML zip (xlsx, docx) byte-reproducible: every entry gets the report date as its timestamp and
 * docProps/core.xml's created/modified dates are set to it, so SOURCE_DATE_EPOCH fixes the whole file.
 */
import JSZip from 'jszip';

/** Rewrite a zip with fixed entry dates and fixed document dates. */
export async function normalizeOoxml(data: Uint8Array, date: Date): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const iso = `${date.toISOString().slice(0, 19)}Z`;
  for (const entry of Object.values(src.files)) {
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (entry.name === 'docProps/core.xml') {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
    }
    out.file(entry.name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
