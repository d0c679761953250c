/**
 * Every kind of Office file the demo writes passes the Open XML SDK's schema validation (the checks behind
 * Word's and Excel's "found unreadable content … repair?" prompt), run in process by @ooxml-tools/validate
 * (the SDK compiled to WebAssembly, shipped in its npm package). A broken file shows the check can fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import validate from '@ooxml-tools/validate';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

let out = '';
const files: string[] = [];

function walk(dir: string): void {
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(docx|xlsx)$/.test(e)) files.push(path.relative(out, p));
  }
}

beforeAll(() => {
  out = path.join(tmpDir('caseaudit-ooxml-'), 'out');
  const r = runCli(['demo', '-o', out], { cwd: ROOT, env: { SOURCE_DATE_EPOCH: '1751328000' } });
  expect(r.code, r.stderr).toBe(0);
  walk(out);
}, 300_000);

/** One file of each kind the demo writes (the per-unit copies are built by the same code). */
function representatives(): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    // files of the output folder are each their own kind; in a subfolder, one file per folder and extension
    const dir = path.dirname(f);
    const kind = dir === '.' ? f : `${dir.replace(/\d{4}H\d/g, 'P')}|${path.extname(f)}`;
    const keep = !seen.has(kind);
    seen.add(kind);
    return keep;
  });
}

async function errors(bytes: Uint8Array, file: string): Promise<string[]> {
  const r = await validate(bytes, file.endsWith('.docx') ? 'docx' : 'xlsx', 'Office2016');
  return r.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`);
}

describe('Office files of the demo, validated against the OOXML schema (Open XML SDK)', () => {
  it('covers the report, the workbooks, the worksheets and the official documents', () => {
    const kinds = representatives();
    for (const f of ['report.docx', 'report.xlsx', 'assignment.xlsx', 'adjudication.xlsx', 'manifest-cases.xlsx']) expect(kinds).toContain(f);
    expect(kinds.some((f) => f.startsWith('sheets/'))).toBe(true);
    expect(kinds.some((f) => f.startsWith('notices/'))).toBe(true);
    expect(kinds.some((f) => f.includes('rectify') && f.endsWith('.docx'))).toBe(true);
    expect(kinds.some((f) => f.includes('feedback') && f.endsWith('.xlsx'))).toBe(true);
  });

  it('finds no schema error in any of them', async () => {
    const bad: Record<string, string[]> = {};
    for (const f of representatives()) {
      const e = await errors(new Uint8Array(readFileSync(path.join(out, f))), f);
      if (e.length) bad[f] = e.slice(0, 3);
    }
    expect(bad).toEqual({});
  }, 900_000); // 30 s on a quiet machine, 4 min on the shared 2-core one

  it('reports a paragraph whose properties are out of schema order (the check can fail)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'report.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    // w:jc before w:spacing breaks CT_PPr's sequence, as a hand-built writer easily does
    const broken = xml.replace(/<w:pPr><w:spacing ([^>]*)\/><w:jc ([^>]*)\/>/, '<w:pPr><w:jc $2/><w:spacing $1/>');
    expect(broken).not.toBe(xml);
    zip.file('word/document.xml', broken);
    const e = await errors(await zip.generateAsync({ type: 'uint8array' }), 'broken.docx');
    expect(e.join('\n')).toMatch(/unexpected child element.*spacing/);
  }, 120_000);
});
