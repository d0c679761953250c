/**
 * Parse tesseract's hOCR output (run with `hocr_char_boxes=1` and `lstm_choice_mode=2`) into lines of words with a
 * confidence per character. The LSTM's runner-up characters are the engine's own doubt: a digit whose runner-up
 * is another digit (3月4日 with 1 close behind) may be a near miss, and a value stated only once must not rest on
 * it. Such a digit gets confidence DOUBTFUL_DIGIT_CONF (below LOW_CONFIDENCE): the value is uncertain unless a
 * second reading of the page confirms it (second-opinion.ts).
 */
import type { OcrResult, OcrWord } from './engine.js';

/**
 * Confidence of a digit with a rival digit among the LSTM's choices. Measured on 36 generated scanned case files
 * (282 dates and numbers): 26 had a rival, among them the one misread date (rival weight 58), while right digits
 * had rivals up to 96 — the weight does not separate them, so any rival asks for a second opinion.
 */
export const DOUBTFUL_DIGIT_CONF = 40;

const TAG = /<span class='(ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word|ocrx_cinfo)'(?: id='([^']*)')?(?: title=(['"])([^'"]*)\3)?>([^<]*)/g;

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function num(title: string, key: string): number | undefined {
  const m = new RegExp(`${key} (-?[\\d.]+)`).exec(title);
  return m ? Number(m[1]) : undefined;
}

function bbox(title: string): [number, number, number, number] | undefined {
  const m = /bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)/.exec(title);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : undefined;
}

interface Char {
  text: string;
  conf: number;
  /** the first of the LSTM's choices listed for this character (the lists can be shifted by one: then ignored) */
  first?: string;
  rival: number;
}

/** The confidence kept for a character: 100 (its word's confidence applies), or low for a doubtful digit. */
function charConfidence(c: Char): number {
  return c.rival > 0 ? DOUBTFUL_DIGIT_CONF : 100;
}

/** Parse hOCR into lines of words; touching words (gap under ~40% of the line height) are joined as in the text. */
export function parseTesseractHocr(hocr: string): OcrResult {
  const lines: OcrWord[][] = [];
  let line: { words: OcrWord[]; right: number; height: number } | undefined;
  let word: { box: [number, number, number, number]; conf: number; chars: Char[] } | undefined;
  const flush = () => {
    if (!word || !line) return;
    const w = word;
    word = undefined;
    const text = w.chars.map((c) => c.text).join('').trim();
    if (!text) return;
    const charConf: number[] = [];
    for (const c of w.chars) for (let i = 0; i < c.text.length; i++) charConf.push(charConfidence(c));
    const chars = w.chars.map((c) => c.text).join('');
    const lead = chars.length - chars.trimStart().length;
    const item: OcrWord = { text, conf: Math.max(0, w.conf), charConf: charConf.slice(lead, lead + text.length) };
    const [left, top, right, bottom] = w.box;
    const height = bottom - top;
    const last = line.words[line.words.length - 1];
    if (!last || left - line.right > 0.4 * Math.max(line.height, height)) line.words.push(item);
    else {
      const n1 = last.text.length;
      const n2 = item.text.length;
      last.conf = (last.conf * n1 + item.conf * n2) / (n1 + n2);
      last.charConf = [...(last.charConf ?? new Array<number>(n1).fill(100)), ...item.charConf!];
      last.text += item.text;
    }
    line.right = right;
    line.height = Math.max(line.height, height);
  };
  for (const m of hocr.matchAll(TAG)) {
    const [, cls, id = '', , title = '', body = ''] = m;
    if (cls === 'ocrx_word') {
      flush();
      const box = bbox(title);
      if (!box || !line) continue;
      if (!line.words.length) line.right = box[0];
      word = { box, conf: num(title, 'x_wconf') ?? 0, chars: [] };
    } else if (cls === 'ocrx_cinfo') {
      if (!word) continue;
      if (id.startsWith('choice_')) {
        const c = word.chars[word.chars.length - 1];
        const alt = decode(body);
        const weight = num(title, 'x_confs') ?? 0;
        if (!c) continue;
        c.first ??= alt;
        if (c.first === c.text && /^\d$/.test(c.text) && /^\d$/.test(alt) && alt !== c.text) c.rival = Math.max(c.rival, weight);
      } else if (!id.startsWith('lstm_choices')) word.chars.push({ text: decode(body), conf: num(title, 'x_conf') ?? 0, rival: 0 });
    } else {
      flush();
      line = { words: [], right: 0, height: 0 };
      lines.push(line.words);
    }
  }
  flush();
  return { lines: lines.filter((l) => l.length > 0) };
}
