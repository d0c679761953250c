/**
 * The default engine: Debian's tesseract-ocr + tesseract-ocr-chi-sim, run as a child process on a PGM piped to
 * stdin, hOCR out (words, per-character confidences and the LSTM's runner-up characters; hocr.ts). Same cost
 * as TSV output, measured. OMP_THREAD_LIMIT=1 per process: we run one process per core instead,
 * which measured 2× faster than letting each tesseract spin up OpenMP threads.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { ConfigError, InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { encodePgm, type GreyImage } from './image.js';
import type { OcrEngine, OcrResult } from './engine.js';
import { parseTesseractHocr } from './hocr.js';

const execFileP = promisify(execFile);

export interface TesseractOptions {
  /** executable (default `tesseract` on PATH) */
  bin?: string;
  /** language models, default `chi_sim` (see bench/RESULTS.md for chi_sim vs chi_sim+eng) */
  lang?: string;
  /** page segmentation mode, default 6 (one uniform block of text) */
  psm?: number;
}

export const INSTALL_HINT = 'apt-get install tesseract-ocr tesseract-ocr-chi-sim';

/** Build the default engine. `check()` must pass before `recognize()`. */
export function tesseractEngine(opts: TesseractOptions = {}): OcrEngine & { version?: string } {
  const bin = opts.bin ?? 'tesseract';
  const lang = opts.lang ?? 'chi_sim';
  const psm = opts.psm ?? 6;
  let version = '';
  const engine = {
    name: 'tesseract',
    get id() {
      return `tesseract ${version} ${lang} psm${psm} hocr-choices`;
    },
    get version() {
      return version;
    },
    async check(): Promise<void> {
      if (version) return;
      let out: string;
      try {
        out = (await execFileP(bin, ['--version'])).stdout;
        const langs = (await execFileP(bin, ['--list-langs'])).stdout;
        const have = new Set(langs.split('\n').slice(1).map((l) => l.trim()));
        const missing = lang.split('+').filter((l) => !have.has(l));
        if (missing.length) {
          throw new ConfigError(tr(`OCR 缺少 tesseract 语言包：${missing.join('、')}`, `tesseract language data missing: ${missing.join(', ')}`), {
            code: 'E_OCR_MISSING',
            hint: tr(`请安装：${INSTALL_HINT}（或用 --ocr off 跳过 OCR）`, `install it: ${INSTALL_HINT} (or skip OCR with --ocr off)`),
          });
        }
      } catch (err) {
        if (err instanceof ConfigError) throw err;
        throw new ConfigError(tr('未找到 OCR 引擎 tesseract，无法识别扫描页', 'OCR engine tesseract not found: scanned pages cannot be read'), {
          code: 'E_OCR_MISSING',
          hint: tr(`请安装：${INSTALL_HINT}（或用 --ocr off 跳过 OCR，扫描页将标记为需人工审阅）`, `install it: ${INSTALL_HINT} (or pass --ocr off: scanned pages are then marked for manual review)`),
          cause: err,
        });
      }
      version = /tesseract\s+v?([\d.]+)/i.exec(out)?.[1] ?? 'unknown';
    },
    recognize(image: GreyImage): Promise<OcrResult> {
      return new Promise((resolve, reject) => {
        const child = spawn(bin, ['stdin', 'stdout', '-l', lang, '--psm', String(psm), '-c', 'hocr_char_boxes=1', '-c', 'lstm_choice_mode=2', 'hocr'], {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        child.on('error', (e) => reject(new ConfigError(tr('无法启动 tesseract', 'cannot start tesseract'), { code: 'E_OCR_MISSING', hint: INSTALL_HINT, cause: e })));
        child.on('close', (code) => {
          if (code !== 0) {
            reject(new InputError(tr(`tesseract 识别失败（退出码 ${code}）`, `tesseract failed (exit ${code})`), { details: [Buffer.concat(err).toString('utf8').trim().slice(0, 500)] }));
            return;
          }
          resolve(parseTesseractHocr(Buffer.concat(out).toString('utf8')));
        });
        child.stdin.on('error', () => {}); // a crash shows up in 'close'
        child.stdin.end(encodePgm(image));
      });
    },
  };
  return engine;
}
