/** Inline SVG charts for the HTML report: vertical bars (grades) and horizontal bars (units, problems). */

/** Escape text for HTML and SVG (element content and attribute values). */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

const FONT = `font-family="'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif"`;

/** A vertical bar chart with value labels; height 200. */
export function columnChart(title: string, bars: Bar[], width = 360): string {
  const h = 200;
  const top = 30;
  const bottom = 30;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (width - 20) / Math.max(1, bars.length);
  const bw = Math.min(60, slot * 0.6);
  const parts = bars.map((b, i) => {
    const bh = ((h - top - bottom) * b.value) / max;
    const x = 10 + slot * i + (slot - bw) / 2;
    const y = h - bottom - bh;
    return (
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bw.toFixed(1)}" height="${bh.toFixed(1)}" fill="${b.color ?? '#2f6db5'}"/>` +
      `<text x="${(x + bw / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="12">${esc(b.value)}</text>` +
      `<text x="${(x + bw / 2).toFixed(1)}" y="${h - bottom + 16}" text-anchor="middle" font-size="12">${esc(b.label)}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" ${FONT}>` +
    `<text x="${width / 2}" y="16" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>` +
    `<line x1="10" y1="${h - bottom}" x2="${width - 10}" y2="${h - bottom}" stroke="#888"/>${parts.join('')}</svg>`
  );
}

/** A horizontal bar chart, one row per bar; `max` fixes the scale (e.g. 100 for scores). */
export function barChart(title: string, bars: Bar[], opts: { max?: number; width?: number; labelWidth?: number } = {}): string {
  const width = opts.width ?? 520;
  const labelWidth = opts.labelWidth ?? 190;
  const row = 22;
  const top = 28;
  const h = top + row * Math.max(1, bars.length) + 8;
  const max = Math.max(1, opts.max ?? 0, ...bars.map((b) => b.value));
  const span = width - labelWidth - 50;
  const cut = (t: string) => (t.length > 16 ? `${t.slice(0, 15)}…` : t);
  const parts = bars.map((b, i) => {
    const y = top + row * i;
    const bw = (span * b.value) / max;
    return (
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" font-size="12"><title>${esc(b.label)}</title>${esc(cut(b.label))}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${bw.toFixed(1)}" height="${row - 7}" fill="${b.color ?? '#2f6db5'}"/>` +
      `<text x="${(labelWidth + bw + 4).toFixed(1)}" y="${y + 15}" font-size="12">${esc(b.value)}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" ${FONT}>` +
    `<text x="${width / 2}" y="16" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>${parts.join('')}</svg>`
  );
}
