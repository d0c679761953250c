/**
 * exceljs on first use: a command that writes no workbook does not load it (≈0.5 s and tens of MB at start-up).
 * Loading it also puts the children of each written <font> in styles.xml in the order of CT_Font (ECMA-376
 * Part 1, 18.8.22: b, i, strike, …, sz, color, name, family, charset, scheme) — exceljs 4.4 writes them in its
 * own order (color, family, scheme, sz, name), which the Open XML SDK validator reports as an error.
 */
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);

/** Child order of <font> (CT_Font); a tag exceljs knows but the list lacks goes last, in exceljs's order. */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

interface XformDef {
  prop: string;
  xform: { render(stream: unknown, value: unknown): void };
}
interface FontXformLike {
  options: { tagName: string };
  map: Record<string, XformDef>;
}

let patched = false;

function orderFontChildren(): void {
  if (patched) return;
  patched = true;
  const FontXform = require('exceljs/lib/xlsx/xform/style/font-xform.js') as { prototype: { render(this: FontXformLike, s: { openNode(t: string): void; closeNode(): void }, m: Record<string, unknown>): void } };
  const original = FontXform.prototype.render;
  FontXform.prototype.render = function render(stream, model) {
    // rich-text run properties (<rPr>, CT_RPrElt) have another order: left as exceljs writes them
    if (this.options.tagName !== 'font') return original.call(this, stream, model);
    const tags = [...FONT_ORDER.filter((t) => t in this.map), ...Object.keys(this.map).filter((t) => !FONT_ORDER.includes(t))];
    stream.openNode(this.options.tagName);
    for (const tag of tags) this.map[tag]!.xform.render(stream, model[this.map[tag]!.prop]);
    stream.closeNode();
  };
}

export async function loadExcelJS(): Promise<typeof ExcelJS> {
  const lib = (await import('exceljs')).default;
  orderFontChildren();
  return lib;
}
