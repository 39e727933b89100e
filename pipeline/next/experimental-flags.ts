import { availableParallelism } from "node:os";
import { env } from "../../lib/env";

/**
 * How Next's static generation runs (next.config.ts), also given to the benchmarks' bare app so that it
 * renders its pages the same way the site does. Both are experimental flags of Next 16 (README.md here).
 */
export function nextWorkerSetup(): { cpus: number; workerThreads: boolean } {
  return {
    // Next renders pages on cores - 1 workers, leaving one of a 2-core machine's cores idle while its main
    // process waits: one worker per core instead, at most two. They are threads, not processes, so that
    // pipeline/build.ts can cap each one's heap (Next drops --max-old-space-size from worker processes).
    // BUILD_WORKERS and BUILD_WORKER_THREADS=0 override this for benchmarks.
    cpus: env.buildWorkers ?? Math.min(2, availableParallelism()),
    workerThreads: env.buildWorkerThreads,
  };
}

/** Every experimental flag the site sets in next.config.ts. */
export function nextExperimentalFlags(serverMode: boolean) {
  return {
    ...nextWorkerSetup(),
    // Sizing prefetch hints gzips every page's segments; the export deletes them with the client runtime
    // (strip-client-runtime.ts), so only server mode, which keeps the runtime, needs them.
    prefetchInlining: serverMode,
  };
}
