import { availableParallelism } from "node:os";
import { env } from "../../lib/env";

/**
 * How Next's static generation runs (next.config.ts), also given to the benchmarks' bare app so that it
 * renders its pages the same way the site does. Both are experimental flags of Next 16 (README.md here).
 */
export function nextWorkerSetup(): { cpus: number; workerThreads: boolean } {
  return {
    // One worker per core, at most two (Next's cores - 1 leaves a core idle), as threads, whose heap
    // pipeline/build.ts can cap (Next drops --max-old-space-size from worker processes).
    cpus: env.buildWorkers ?? Math.min(2, availableParallelism()),
    workerThreads: env.buildWorkerThreads,
  };
}

/** Every experimental flag the site sets in next.config.ts. */
export function nextExperimentalFlags(serverMode: boolean) {
  // Sizing prefetch hints gzips every page's segments, which only server mode keeps (strip-client-runtime.ts).
  return { ...nextWorkerSetup(), prefetchInlining: serverMode };
}
