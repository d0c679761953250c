/**
 * Defences docs/security.md claims, each tried as an attacker would: XML entities in a workbook (XXE, billion
 * laughs), prototype pollution through JSON keys, and path-like ids in output names.
 */
import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ingest } from '../../src/ingest/index.js';
import { InputError } from '../../src/errors.js';
import { rawXlsx, rowXml } from '../helpers/raw-xlsx.js';
import { tmpDir } from '../helpers/cli.js';

/** A workbook whose sheet XML starts with `doctype` and uses `ref` in a cell. */
async function withDoctype(doctype: string, ref: string): Promise<string> {
  const base = await rawXlsx([{ name: '案件', rows: rowXml(1, ['案件编号', '执法单位']) + rowXml(2, ['A1', 'x']) }]);
  const zip = await JSZip.loadAsync(base);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('<worksheet', `${doctype}<worksheet`).replace('<t>x</t>', `<t>${ref}</t>`));
  const f = path.join(tmpDir(), 'entities.xlsx');
  writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return f;
}

describe('XML entities in a workbook are never expanded', () => {
  it('XXE (an external entity naming /etc/passwd): an input error, the file content never read', async () => {
    const f = await withDoctype('<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;');
    const err = await ingest([f]).then((r) => r, (e: unknown) => e);
    // the XML parser (saxes) never loads a DTD: the entity is undefined, the read stops naming the file
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain('entities.xlsx');
    expect((err as InputError).message).toMatch(/undefined entity/);
    expect((err as InputError).message).not.toContain('root:');
  });

  it('billion laughs: an input error at once, no expansion', async () => {
    let dtd = '<!ENTITY l0 "ha">';
    for (let i = 1; i <= 9; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const f = await withDoctype(`<!DOCTYPE worksheet [${dtd}]>`, '&l9;');
    const started = process.memoryUsage().heapUsed;
    const err = await ingest([f]).then((r) => r, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/undefined entity/);
    expect(process.memoryUsage().heapUsed - started).toBeLessThan(200 * 1024 ** 2);
  });
});

describe('prototype pollution through JSON keys', () => {
  it('a "__proto__" or "constructor" key in a case does not reach Object.prototype', async () => {
    const f = path.join(tmpDir(), 'proto.json');
    writeFileSync(f, '{"schemaVersion":1,"cases":[{"id":"A1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted2":true}}}]}');
    await ingest([f]).catch(() => undefined);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
  });
});
