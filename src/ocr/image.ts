/** Grey images in memory: PGM (what `pdftoppm -gray` writes) in and out, PNG out, rotation. No native deps. */
import { deflateSync, crc32 } from 'node:zlib';

/** An 8-bit grey image, row-major, 0 = black, 255 = white. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parse a binary PGM (P5, maxval 255) such as `pdftoppm -gray` writes. */
export function parsePgm(buf: Uint8Array): GreyImage {
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    if (buf[pos] === 0x23) {
      while (pos < buf.length && buf[pos] !== 0x0a) pos++;
      continue;
    }
    let tok = '';
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos]!))) tok += String.fromCharCode(buf[pos++]!);
    if (!tok) break;
    tokens.push(tok);
  }
  pos++; // the single whitespace after maxval
  const [magic, w, h, max] = tokens;
  if (magic !== 'P5' || Number(max) !== 255) throw new Error(`not an 8-bit binary PGM (${tokens.join(' ')})`);
  const width = Number(w);
  const height = Number(h);
  const data = buf.subarray(pos, pos + width * height);
  if (data.length !== width * height) throw new Error('truncated PGM');
  return { width, height, data: new Uint8Array(data) };
}

/** Encode as binary PGM (tesseract reads it from stdin). */
export function encodePgm(img: GreyImage): Buffer {
  const head = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([head, Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length)]);
}

function pngChunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const tb = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(tb) >>> 0);
  return Buffer.concat([len, tb, crc]);
}

/** Encode as an 8-bit greyscale PNG (pdfkit embeds PNG or JPEG only). */
export function encodePng(img: GreyImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: grey
  const raw = Buffer.alloc((img.width + 1) * img.height);
  for (let y = 0; y < img.height; y++) {
    raw[y * (img.width + 1)] = 0; // filter: none
    raw.set(img.data.subarray(y * img.width, (y + 1) * img.width), y * (img.width + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 6 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rotate about the centre by `degrees` (counter-clockwise positive), same size, bilinear, white fill. */
export function rotate(img: GreyImage, degrees: number): GreyImage {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      // inverse mapping: where this output pixel comes from in the source
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bot = data[i + w]! * (1 - fx) + data[i + w + 1]! * fx;
      out[y * w + x] = Math.round(top * (1 - fy) + bot * fy);
    }
  }
  return { width: w, height: h, data: out };
}

/** Otsu's threshold: the grey level that best splits the histogram into ink and paper. */
export function otsuThreshold(img: GreyImage): number {
  const hist = new Float64Array(256);
  for (const v of img.data) hist[v]! += 1;
  const total = img.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let at = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (!wB || wB === total) continue;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / (total - wB);
    const between = wB * (total - wB) * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      at = t;
    }
  }
  return at;
}

/** Black and white: pixels darker than or equal to `threshold` (default Otsu's) become ink (0), the rest paper (255). */
export function binarise(img: GreyImage, threshold = otsuThreshold(img)): GreyImage {
  const data = new Uint8Array(img.data.length);
  for (let i = 0; i < data.length; i++) data[i] = img.data[i]! <= threshold ? 0 : 255;
  return { width: img.width, height: img.height, data };
}

/**
 * The ink blocks of a page: the page cut into SCALE×SCALE blocks, a block inked when its darkest pixel is below `ink`. Calls
 * `visit(bx, by)` for every inked block, row by row; returns the block grid's size. Shared by deskew and the quarter-turn check.
 */
export function forEachInkBlock(img: GreyImage, scale: number, ink: number, visit: (bx: number, by: number) => void): { w: number; h: number } {
  const w = Math.floor(img.width / scale);
  const h = Math.floor(img.height / scale);
  for (let by = 0; by < h; by++) {
    for (let bx = 0; bx < w; bx++) {
      let min = 255;
      for (let y = by * scale; y < (by + 1) * scale; y++) {
        const row = y * img.width;
        for (let x = bx * scale; x < (bx + 1) * scale; x++) if (img.data[row + x]! < min) min = img.data[row + x]!;
      }
      if (min < ink) visit(bx, by);
    }
  }
  return { w, h };
}
