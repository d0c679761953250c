/** Worker thread: reads the page texts of the PDFs the pool sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import { CaseAuditError } from '../../errors.js';
import { withLang, type Lang } from '../../i18n.js';
import { readPdfPages } from './page-texts.js';

export interface WorkerRequest {
  index: number;
  file: string;
  maxPages: number;
  lang: Lang;
}

export type WorkerReply =
  | { index: number; ok: true; result: Awaited<ReturnType<typeof readPdfPages>> }
  | { index: number; ok: false; error: { message: string; code: string; hint?: string; input: boolean } };

parentPort?.on('message', (req: WorkerRequest) =>
  withLang(req.lang, async () => {
    let reply: WorkerReply;
    try {
      reply = { index: req.index, ok: true, result: await readPdfPages(req.file, req.maxPages) };
    } catch (err) {
      const e = err as Error;
      reply = { index: req.index, ok: false, error: { message: e.message, code: err instanceof CaseAuditError ? err.code : 'E_INTERNAL', hint: err instanceof CaseAuditError ? err.hint : undefined, input: err instanceof CaseAuditError } };
    }
    parentPort!.postMessage(reply);
  }),
);
