/**
 * OCR result cache: one JSON file per (page image SHA-256, engine id) under ~/.cache/caseaudit/ocr (XDG_CACHE_HOME
 * honoured) or --ocr-cache DIR. A second run over the same scans reads these instead of calling the engine.
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../util/fs.js';
import type { GreyImage } from './image.js';
import type { OcrResult } from './engine.js';

/** Bump when the cached shape or the pre-processing (deskew) changes. */
const CACHE_FORMAT = 3;

/** The default cache folder. */
export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'caseaudit', 'ocr');
}

/** SHA-256 of the rendered page (size + pixels). */
export function imageHash(img: GreyImage): string {
  return createHash('sha256').update(`${img.width}x${img.height}\n`).update(img.data).digest('hex');
}

export interface CachedPage {
  format: number;
  engine: string;
  skew: number;
  result: OcrResult;
}

export class OcrCache {
  constructor(readonly dir: string | undefined) {}

  private file(hash: string, engine: string): string {
    const key = createHash('sha256').update(`${CACHE_FORMAT}\n${engine}\n${hash}`).digest('hex');
    return path.join(this.dir!, key.slice(0, 2), `${key}.json`);
  }

  /** The cached result, or undefined (no cache, a miss, or an unreadable entry). */
  async get(hash: string, engine: string): Promise<CachedPage | undefined> {
    if (!this.dir) return undefined;
    try {
      const v = JSON.parse(await fsp.readFile(this.file(hash, engine), 'utf8')) as CachedPage;
      return v.format === CACHE_FORMAT && v.engine === engine && Array.isArray(v.result?.lines) ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** Store a result (atomically; a failure to write the cache never fails the run). */
  async put(hash: string, engine: string, skew: number, result: OcrResult): Promise<void> {
    if (!this.dir) return;
    const entry: CachedPage = { format: CACHE_FORMAT, engine, skew, result };
    await writeFileAtomic(this.file(hash, engine), JSON.stringify(entry)).catch(() => {});
  }
}
