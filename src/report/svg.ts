/**
 * The report's charts, laid out once as shapes (bars, labels, axis) and drawn two ways: inline SVG for the
 * HTML report (here) and PNG for the DOCX (chart-png.ts), so both show the same chart.
 */
import { escapeHtml } from '../util/xml-text.js';

/** Escape text for HTML and SVG (element content and attribute values). */
export function esc(value: unknown): string {
  return escapeHtml(String(value ?? ''));
}

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle' | 'end'; bold?: boolean; full?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string };

/** A chart as shapes in a width × height box (CSS pixels). */
export interface ChartLayout {
  title: string;
  width: number;
  height: number;
  shapes: Shape[];
}

const BLUE = '#2f6db5';

/** Vertical bars with value labels (the grade distribution); height 200. */
export function columnLayout(title: string, bars: Bar[], width = 360): ChartLayout {
  const h = 200;
  const top = 30;
  const bottom = 30;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (width - 20) / Math.max(1, bars.length);
  const bw = Math.min(60, slot * 0.6);
  const shapes: Shape[] = [
    { kind: 'text', x: width / 2, y: 16, text: title, size: 14, anchor: 'middle', bold: true },
    { kind: 'line', x1: 10, y1: h - bottom, x2: width - 10, y2: h - bottom, stroke: '#888' },
  ];
  bars.forEach((b, i) => {
    const bh = ((h - top - bottom) * b.value) / max;
    const x = 10 + slot * i + (slot - bw) / 2;
    const y = h - bottom - bh;
    shapes.push(
      { kind: 'rect', x, y, w: bw, h: bh, fill: b.color ?? BLUE },
      { kind: 'text', x: x + bw / 2, y: y - 4, text: String(b.value), size: 12, anchor: 'middle' },
      { kind: 'text', x: x + bw / 2, y: h - bottom + 16, text: b.label, size: 12, anchor: 'middle' },
    );
  });
  return { title, width, height: h, shapes };
}

/** Horizontal bars, one row per bar (units, problems); `max` fixes the scale (e.g. 100 for scores). */
export function barLayout(title: string, bars: Bar[], opts: { max?: number; width?: number; labelWidth?: number } = {}): ChartLayout {
  const width = opts.width ?? 520;
  const labelWidth = opts.labelWidth ?? 190;
  const row = 22;
  const top = 28;
  const h = top + row * Math.max(1, bars.length) + 8;
  const max = Math.max(1, opts.max ?? 0, ...bars.map((b) => b.value));
  const span = width - labelWidth - 50;
  const cut = (t: string) => (t.length > 16 ? `${t.slice(0, 15)}…` : t);
  const shapes: Shape[] = [{ kind: 'text', x: width / 2, y: 16, text: title, size: 14, anchor: 'middle', bold: true }];
  bars.forEach((b, i) => {
    const y = top + row * i;
    const bw = (span * b.value) / max;
    shapes.push(
      { kind: 'text', x: labelWidth - 6, y: y + 15, text: cut(b.label), full: b.label, size: 12, anchor: 'end' },
      { kind: 'rect', x: labelWidth, y: y + 3, w: bw, h: row - 7, fill: b.color ?? BLUE },
      { kind: 'text', x: labelWidth + bw + 4, y: y + 15, text: String(b.value), size: 12, anchor: 'start' },
    );
  });
  return { title, width, height: h, shapes };
}

const FONT = `font-family="'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif"`;
const n = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** A chart as an inline SVG element (titled for screen readers). */
export function chartSvg(c: ChartLayout): string {
  const parts = c.shapes.map((s) => {
    if (s.kind === 'rect') return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill}"/>`;
    if (s.kind === 'line') return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}"/>`;
    const anchor = s.anchor === 'start' ? '' : ` text-anchor="${s.anchor}"`;
    const title = s.full !== undefined ? `<title>${esc(s.full)}</title>` : '';
    return `<text x="${n(s.x)}" y="${n(s.y)}"${anchor} font-size="${s.size}"${s.bold ? ' font-weight="bold"' : ''}>${title}${esc(s.text)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(c.title)}" viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}" ${FONT}>${parts.join('')}</svg>`;
}

/** A vertical bar chart as SVG. */
export function columnChart(title: string, bars: Bar[], width = 360): string {
  return chartSvg(columnLayout(title, bars, width));
}

/** A horizontal bar chart as SVG. */
export function barChart(title: string, bars: Bar[], opts: { max?: number; width?: number; labelWidth?: number } = {}): string {
  return chartSvg(barLayout(title, bars, opts));
}
