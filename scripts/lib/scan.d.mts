/** Types for scan.mjs (used by tests). */
import type { GreyImage } from '../../src/ocr/image.js';
export function addNoise(img: GreyImage, rng: () => number, level?: number): GreyImage;
export function blur(img: GreyImage, r: number): GreyImage;
export function rasterise(pdf: string, dpi?: number): Promise<GreyImage[]>;
export function writeScanPdf(images: GreyImage[], file: string, opts?: { seed?: string; dpi?: number; angles?: number[]; noise?: number[] }): Promise<void>;
