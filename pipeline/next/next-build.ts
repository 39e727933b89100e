import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * The folder `next build` exports into (its distDir: with `output: "export"`, Next 16 writes the export
 * there, and its intermediates, trace and compile cache into .next/). Always this one, whatever OUT_DIR says:
 * Turbopack keeps its compile cache per output folder, so every site built in the checkout (the test sites,
 * the benchmark's) shares it. pipeline/build.ts moves the export on; builds in one checkout never overlap.
 */
export const NEXT_EXPORT_DIR = ".next-export";

/** Run `next build` of the static export into NEXT_EXPORT_DIR with a heap limit; says how it failed, if it did. */
export function runNextBuild(heapMiB: number): "ok" | "failed" | "out of memory" {
  rmSync(NEXT_EXPORT_DIR, { recursive: true, force: true });
  const bin = path.join("node_modules", "next", "dist", "bin", "next");
  const next = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, bin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: NEXT_EXPORT_DIR },
  });
  if (next.status === 0 && existsSync(path.join(NEXT_EXPORT_DIR, "index.html"))) return "ok";
  // V8 aborts a process that runs out of heap.
  return next.signal === "SIGABRT" ? "out of memory" : "failed";
}
