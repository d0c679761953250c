/** Render one PDF page to a grey image with poppler's pdftoppm (200 dpi by default), in memory. */
import { execFile } from 'node:child_process';
import { ConfigError, InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { parsePgm, type GreyImage } from './image.js';

export const RENDER_DPI = 200;

/** Render page `page` (1-based) of `file`; throws ConfigError when pdftoppm is missing. */
export function renderPage(file: string, page: number, dpi = RENDER_DPI): Promise<GreyImage> {
  return new Promise((resolve, reject) => {
    execFile(
      'pdftoppm',
      ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), file],
      { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new ConfigError(tr('未找到 pdftoppm，无法渲染扫描页', 'pdftoppm not found: scanned pages cannot be rendered'), {
            code: 'E_OCR_MISSING',
            hint: tr('请安装：apt-get install poppler-utils（或用 --ocr off 跳过 OCR）', 'install it: apt-get install poppler-utils (or skip OCR with --ocr off)'),
          }));
          return;
        }
        if (err) {
          reject(new InputError(tr(`无法渲染第 ${page} 页：${file}`, `cannot render page ${page} of ${file}`), {
            location: { file, page },
            details: [stderr.toString('utf8').trim().slice(0, 300)],
          }));
          return;
        }
        try {
          resolve(parsePgm(stdout));
        } catch (e) {
          reject(new InputError(tr(`第 ${page} 页渲染结果无法读取：${file}`, `page ${page} of ${file} rendered to an unreadable image`), { location: { file, page }, cause: e }));
        }
      },
    );
  });
}
