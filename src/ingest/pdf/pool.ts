/** A small worker-thread pool that reads PDF page texts in parallel; results come back in input order. */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { getLang } from '../../i18n.js';
import { MAX_PDF_PAGES, readPdfPages, type PdfPages } from './page-texts.js';
import type { WorkerReply, WorkerRequest } from './pdf-worker.js';

/** The compiled worker script; under tests running on sources, the built copy in dist/. */
function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./pdf-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = here.replace(/([\\/])src([\\/])ingest([\\/])pdf([\\/])/, '$1dist$2ingest$3pdf$4');
  return existsSync(built) ? built : undefined;
}

/** Default worker count: every core the process may use. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Read many PDFs on `jobs` worker threads. Each entry is the pages or the InputError for that file, in input order. */
export async function readPagesMany(
  files: string[],
  opts: { jobs?: number; maxPages?: number; onDone?: (file: string, done: number) => void } = {},
): Promise<(PdfPages | Error)[]> {
  const maxPages = opts.maxPages ?? MAX_PDF_PAGES;
  const results: (PdfPages | Error)[] = new Array(files.length);
  const script = workerScript();
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), files.length));
  let done = 0;
  const finish = (i: number, r: PdfPages | Error) => {
    results[i] = r;
    opts.onDone?.(files[i]!, ++done);
  };
  if (jobs === 1 || !script) {
    for (let i = 0; i < files.length; i++) finish(i, await readPdfPages(files[i]!, maxPages).catch(asInputError));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      const worker = new Worker(script);
      try {
        while (next < files.length) {
          const index = next++;
          finish(index, await ask(worker, { index, file: files[index]!, maxPages, lang: getLang() }));
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}

function asInputError(err: unknown): Error {
  if (err instanceof InputError) return err;
  throw err;
}

/** Send one file to a worker and wait for its reply. */
function ask(worker: Worker, req: WorkerRequest): Promise<PdfPages | Error> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      worker.off('error', onError);
      if (reply.ok) resolve(reply.result);
      else if (reply.error.input) resolve(new InputError(reply.error.message, { code: reply.error.code, hint: reply.error.hint, location: { file: req.file } }));
      else reject(new Error(`${req.file}: ${reply.error.message}`));
    };
    const onError = (err: Error) => {
      worker.off('message', onMessage);
      reject(err);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(req);
  });
}
