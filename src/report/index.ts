/** The report stage: an analysis → rendered files in the chosen formats and language. */
import type { Lang } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import { buildSections } from './sections.js';
import { RENDERERS, parseFormats } from './registry.js';
import { s } from './locale.js';
import type { RenderContext } from './context.js';

export { RENDERERS, FORMATS, parseFormats } from './registry.js';
export type { Renderer, RenderContext } from './context.js';

export interface RenderOptions {
  formats: string[];
  lang: Lang;
  date: Date;
  title?: string;
  addressee?: string;
  issuer?: string;
  /** file name without extension (default "report") */
  baseName?: string;
}

export interface RenderedFile {
  name: string;
  format: string;
  data: string | Uint8Array;
}

/** Render the analysis in every requested format; nothing touches the disk here. */
export async function renderReport(analysis: Analysis, opts: RenderOptions): Promise<RenderedFile[]> {
  const formats = parseFormats(opts.formats);
  const base = opts.baseName ?? 'report';
  const ctx: RenderContext = {
    lang: opts.lang,
    title: opts.title ?? analysis.cover.title ?? s('reportTitle', opts.lang),
    analysis,
    sections: buildSections(analysis, opts.lang),
    date: opts.date,
    addressee: opts.addressee,
    issuer: opts.issuer,
    workbook: formats.includes('xlsx') ? `${base}.${RENDERERS.xlsx!.extension}` : undefined,
  };
  const out: RenderedFile[] = [];
  for (const format of formats) {
    const r = RENDERERS[format]!;
    out.push({ name: `${base}.${r.extension}`, format, data: await r.render(ctx) });
  }
  return out;
}
