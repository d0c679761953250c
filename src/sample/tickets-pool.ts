/**
 * Tickets for a whole frame. Large frames (≥ 200,000 records, two or more cores) are split in two: a worker
 * thread hashes the second half while this thread hashes the first. The worker writes into shared memory and
 * this thread waits for it with Atomics.wait, so the draw stays synchronous. Same tickets either way (each one
 * depends on its own record only); without the built worker script, or if it fails, this thread does it all.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ticketsOf } from './tickets.js';

/** Frames smaller than this are not worth a thread (starting one costs ~30 ms). */
export const PARALLEL_FROM = 200_000;

/** The compiled worker script; under tests running on sources, the built copy in dist/ (undefined when none). */
function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./tickets-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = here.replace(/([\\/])src([\\/])sample([\\/])/, '$1dist$2sample$3');
  return existsSync(built) ? built : undefined;
}

export interface TicketsRequest {
  seed: string;
  strata: string[];
  stratumIndex: Int32Array;
  /** the id keys of the worker's share, joined with "\n" (id keys hold no whitespace) */
  ids: string;
  /** shared: [0] state (0 running, 1 done, 2 failed); the tickets follow in `out` */
  state: SharedArrayBuffer;
  out: SharedArrayBuffer;
}

/** Tickets of every record, and the digests of the first 16 (for the seedrandom self-check). */
export function computeTickets(seed: string, strata: string[], stratumIndex: Int32Array, idKeys: string[], parallelFrom = PARALLEL_FROM): { tickets: Float64Array; digests: string[]; threads: 1 | 2 } {
  const n = idKeys.length;
  const script = n >= parallelFrom && availableParallelism() >= 2 && process.env.CASEAUDIT_TICKET_THREADS !== '0' ? workerScript() : undefined;
  if (!script) return { ...ticketsOf(seed, strata, stratumIndex, idKeys), threads: 1 };
  const half = n >> 1;
  const state = new SharedArrayBuffer(4);
  const out = new SharedArrayBuffer((n - half) * 8);
  let worker: Worker | undefined;
  try {
    const req: TicketsRequest = { seed, strata, stratumIndex: stratumIndex.subarray(half), ids: idKeys.slice(half).join('\n'), state, out };
    worker = new Worker(script, { workerData: req });
    worker.unref();
    worker.on('error', () => {}); // failures are seen through `state`
  } catch {
    return { ...ticketsOf(seed, strata, stratumIndex, idKeys), threads: 1 };
  }
  const first = ticketsOf(seed, strata, stratumIndex, idKeys, 0, half);
  const flag = new Int32Array(state);
  // the worker stores 1 (done) or 2 (failed); wait at most two minutes, then do its share here
  for (let waited = 0; Atomics.load(flag, 0) === 0 && waited < 120_000; waited += 1000) Atomics.wait(flag, 0, 0, 1000);
  const ok = Atomics.load(flag, 0) === 1;
  void worker.terminate();
  const tickets = new Float64Array(n);
  tickets.set(first.tickets, 0);
  if (ok) tickets.set(new Float64Array(out), half);
  else tickets.set(ticketsOf(seed, strata, stratumIndex, idKeys, half, n, 0).tickets, half);
  return { tickets, digests: first.digests, threads: ok ? 2 : 1 };
}
