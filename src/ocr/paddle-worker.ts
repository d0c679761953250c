/** Worker thread of the PP-OCR engine: holds its own ONNX sessions and recognises the pages it is sent. */
import { parentPort } from 'node:worker_threads';
import { CaseAuditError } from '../errors.js';
import { withLang, type Lang } from '../i18n.js';
import type { OcrResult, RecognizeHints } from './engine.js';
import { paddleEngine, type PaddleOptions } from './paddle.js';

export interface PaddleRequest {
  id: number;
  opts: PaddleOptions;
  lang: Lang;
  width: number;
  height: number;
  data: Uint8Array;
  hints?: RecognizeHints;
}

export type PaddleReply = { id: number; ok: true; result: OcrResult } | { id: number; ok: false; error: { message: string; code: string; hint?: string } };

let engine: ReturnType<typeof paddleEngine> | undefined;

parentPort?.on('message', (req: PaddleRequest) =>
  withLang(req.lang, async () => {
    let reply: PaddleReply;
    try {
      engine ??= paddleEngine({ ...req.opts, workers: 1 });
      const result = await engine.recognize({ width: req.width, height: req.height, data: req.data }, req.hints);
      reply = { id: req.id, ok: true, result };
    } catch (err) {
      const e = err as Error;
      reply = { id: req.id, ok: false, error: { message: e.message, code: err instanceof CaseAuditError ? err.code : 'E_INTERNAL', hint: err instanceof CaseAuditError ? err.hint : undefined } };
    }
    parentPort!.postMessage(reply);
  }),
);
