/**
 * The character encoding of a text export: a BOM says it (UTF-8, UTF-16LE/BE); otherwise UTF-8 when the head of
 * the file is valid UTF-8, else GB18030 — the superset of GBK/GB2312 that Excel and WPS on Chinese Windows write
 * when they save CSV ("ANSI" = code page 936), and what most government systems export.
 */
import { TextDecoder } from 'node:util';
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** bytes of BOM to skip */
  bom: number;
  /** how it was decided, for the summary: 'bom', 'valid utf-8', 'not utf-8' */
  by: 'bom' | 'utf-8 valid' | 'not utf-8' | 'utf-16 pattern';
}

/** Bytes of the head inspected (a wrong guess further on is still caught: decoding is fatal). */
export const SNIFF_BYTES = 1024 * 1024;

/** Guess the encoding from the first bytes of a file. A binary file (NUL bytes, not UTF-16) is an input error. */
export function detectEncoding(head: Uint8Array, file: string): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3, by: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, by: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2, by: 'bom' };
  const zeros = zeroPattern(head);
  if (zeros.odd > head.length / 8 && zeros.even === 0) return { encoding: 'utf-16le', bom: 0, by: 'utf-16 pattern' };
  if (zeros.even > head.length / 8 && zeros.odd === 0) return { encoding: 'utf-16be', bom: 0, by: 'utf-16 pattern' };
  if (zeros.odd + zeros.even > 0) {
    throw new InputError(tr(`不是文本文件（含有二进制数据），无法作为 CSV 读取：${file}`, `not a text file (binary data), cannot be read as CSV: ${file}`), { location: { file } });
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }); // stream: a character cut at the end is fine
    return { encoding: 'utf-8', bom: 0, by: 'utf-8 valid' };
  } catch {
    return { encoding: 'gb18030', bom: 0, by: 'not utf-8' };
  }
}

function zeroPattern(head: Uint8Array): { odd: number; even: number } {
  let odd = 0;
  let even = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 ? odd++ : even++);
  return { odd, even };
}

/** A strict decoder for the guessed encoding (invalid bytes throw, so a wrong guess never yields garbled text). */
export function strictDecoder(encoding: TextEncoding, file: string): TextDecoder {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    // only a Node built without full ICU lacks GB18030 (official builds have it)
    throw new InputError(tr(`此 Node.js 不支持 ${encoding} 解码（需完整 ICU）：${file}`, `this Node.js cannot decode ${encoding} (needs full ICU): ${file}`), {
      location: { file },
      hint: tr('请使用 nodejs.org 的官方 Node.js，或先将文件另存为 UTF-8', 'use the official Node.js build from nodejs.org, or save the file as UTF-8 first'),
    });
  }
}
