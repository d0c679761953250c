/**
 * The report's charts as PNG for the DOCX, drawn in process with @napi-rs/canvas (prebuilt binaries in its
 * npm package) and the Noto Sans Hans font of @embedpdf/fonts-sc (SIL OFL 1.1): no system tool or system font,
 * so the same chart gives the same bytes on every machine of a platform.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { tr } from '../i18n.js';
import type { ChartLayout } from './svg.js';

const require = createRequire(import.meta.url);
const FAMILY = 'CaseauditNotoSansHans';

type CanvasLib = typeof import('@napi-rs/canvas');
let lib: Promise<CanvasLib> | undefined;

/** The font file shipped by @embedpdf/fonts-sc. */
function fontFile(): string {
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

function load(): Promise<CanvasLib> {
  lib ??= (async () => {
    const canvas = await import('@napi-rs/canvas');
    if (!canvas.GlobalFonts.has(FAMILY) && !canvas.GlobalFonts.registerFromPath(fontFile(), FAMILY)) {
      throw new ConfigError(tr(`无法加载图表字体 ${fontFile()}`, `cannot load the chart font ${fontFile()}`), { code: 'E_FONT', hint: 'npm install' });
    }
    return canvas;
  })();
  return lib;
}

/** Pixels per CSS pixel of the layout: 3 gives about 290 dpi at the size the DOCX prints it. */
export const PNG_SCALE = 3;

/** Draw a chart layout as PNG bytes (a light panel with a thin border, as the HTML shows it). */
export async function chartPng(c: ChartLayout, scale = PNG_SCALE): Promise<Uint8Array> {
  const { createCanvas } = await load();
  const canvas = createCanvas(Math.round(c.width * scale), Math.round(c.height * scale));
  const g = canvas.getContext('2d');
  g.scale(scale, scale);
  g.fillStyle = '#fafbfc';
  g.fillRect(0, 0, c.width, c.height);
  g.strokeStyle = '#e3e6ea';
  g.lineWidth = 1;
  g.strokeRect(0.5, 0.5, c.width - 1, c.height - 1);
  for (const s of c.shapes) {
    if (s.kind === 'rect') {
      g.fillStyle = s.fill;
      g.fillRect(s.x, s.y, s.w, s.h);
    } else if (s.kind === 'line') {
      g.strokeStyle = s.stroke;
      g.beginPath();
      g.moveTo(s.x1, s.y1 + 0.5);
      g.lineTo(s.x2, s.y2 + 0.5);
      g.stroke();
    } else {
      g.fillStyle = '#222222';
      g.font = `${s.bold ? 'bold ' : ''}${s.size}px ${FAMILY}`;
      g.textAlign = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left';
      g.textBaseline = 'alphabetic';
      g.fillText(s.text, s.x, s.y);
    }
  }
  // encoded on this thread, one chart at a time: with two asynchronous encodes in flight the demo once ended in a
  // segmentation fault (1 run in ~20; the cause not established)
  return canvas.encodeSync('png');
}
