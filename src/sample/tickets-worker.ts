/** Worker thread of computeTickets: hashes its share of the frame into shared memory, then flags done or failed. */
import { workerData } from 'node:worker_threads';
import { ticketsOf } from './tickets.js';
import type { TicketsRequest } from './tickets-pool.js';

const req = workerData as TicketsRequest;
const flag = new Int32Array(req.state);
try {
  const ids = req.ids === '' ? [] : req.ids.split('\n');
  const { tickets } = ticketsOf(req.seed, req.strata, req.stratumIndex, ids, 0, ids.length, 0);
  new Float64Array(req.out).set(tickets);
  Atomics.store(flag, 0, 1);
} catch {
  Atomics.store(flag, 0, 2);
}
Atomics.notify(flag, 0);
