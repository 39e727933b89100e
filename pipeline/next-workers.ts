import { availableParallelism } from "node:os";

/**
 * Next's static-generation workers (next.config.ts), also given to the benchmarks' bare app so that it
 * renders its pages the same way the site does.
 */
export function nextWorkerSetup(env: NodeJS.ProcessEnv = process.env): { cpus: number; workerThreads: boolean } {
  return {
    // Next renders pages on cores - 1 workers, leaving one of a 2-core machine's cores idle while its main
    // process waits: one worker per core instead, at most two. They are threads, not processes, so that
    // pipeline/build.ts can cap each one's heap (Next drops --max-old-space-size from worker processes);
    // two capped threads fit the 1.5 GiB budget at 5,000 posts, two processes took 2.1 GiB (docs/performance.md).
    // BUILD_WORKERS and BUILD_WORKER_THREADS=0 override this for benchmarks.
    cpus: Number(env.BUILD_WORKERS) || Math.min(2, availableParallelism()),
    workerThreads: env.BUILD_WORKER_THREADS !== "0",
  };
}
