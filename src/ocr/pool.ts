/** A small promise pool: run tasks with at most `limit` in flight; results in task order. */
import os from 'node:os';

/** Default parallelism: every core. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
}

/** Run `tasks` with at most `limit` at once; rejects with the first error after in-flight tasks settle. */
export async function runPool<T>(tasks: (() => Promise<T>)[], limit = defaultJobs()): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  let failed: unknown;
  const worker = async (): Promise<void> => {
    while (failed === undefined && next < tasks.length) {
      const i = next++;
      try {
        results[i] = await tasks[i]!();
      } catch (err) {
        if (failed === undefined) failed = err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  if (failed !== undefined) throw failed;
  return results;
}
