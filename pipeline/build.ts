/**
 * `npm run build`: check every post, export the site with Next, run the post-export steps, and only then move
 * the result into OUT_DIR. A failed build leaves no out/ at all, never a partial one.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { removePostSnapshot } from "../lib/collection/post-snapshot";
import { NEXT_EXPORT_DIR, runNextBuild } from "./next/next-build";

const outDir = env.outDir;
const stagingDir = `${outDir}.partial`;
// Without a snapshot the build stopped on its content, before Next: another build's export is not touched.
function fail(message?: string, snapshot?: string): never {
  rmSync(stagingDir, { recursive: true, force: true });
  if (snapshot) {
    rmSync(NEXT_EXPORT_DIR, { recursive: true, force: true });
    removePostSnapshot(snapshot);
  }
  if (message) console.error(message);
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
rmSync(stagingDir, { recursive: true, force: true });
const started = performance.now();
// Posts are read in a process that saves them and exits, so that none holds them while Next builds.
const read = spawnSync(process.execPath, ["--import", "tsx", "pipeline/read-posts.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
});
const readLines = read.stdout.trim().split("\n");
const snapshot = readLines.pop();
// The content errors are what the editor must fix; read-posts.ts has printed them.
if (read.status !== 0 || !snapshot) fail();
console.log(`✓ Posts read and checked in ${((performance.now() - started) / 1000).toFixed(1)}s`);
if (readLines.length > 0) console.log(readLines.join("\n"));

// Next's workers and the post-export steps load the posts from the snapshot (lib/collection/post-snapshot.ts).
process.env.POSTS_SNAPSHOT = snapshot;
// Each of Next's worker threads takes this heap limit: without one, V8 lets each heap fill with garbage to
// ~600 MiB before collecting. It grows with the posts' index, which every worker holds.
const heapMiB = env.buildHeapMiB ?? 384 + Math.ceil((4 * statSync(snapshot).size) / 2 ** 20);
const next = runNextBuild(heapMiB);
if (next === "out of memory")
  fail(`Build stopped: next build ran out of memory; BUILD_HEAP_MIB raises its heap limit (${heapMiB}).`, snapshot);
if (next === "failed") fail("Build stopped: next build failed.", snapshot);
moveFolder(NEXT_EXPORT_DIR, stagingDir);

try {
  // Imported only now, so that the steps' libraries do not sit in memory all through Next's build.
  const { runPostExportSteps } = await import("./post-export");
  await runPostExportSteps(stagingDir);
} catch (error) {
  fail(`Build stopped: ${error instanceof Error ? error.message : String(error)}`, snapshot);
}
removePostSnapshot(snapshot);
moveFolder(stagingDir, outDir);
console.log(`Static site written to ${path.relative(process.cwd(), outDir) || "."}/`);

// A rename where it can be; a copy where OUT_DIR is on another file system.
function moveFolder(from: string, to: string): void {
  // OUT_DIR may name a folder whose parent does not exist yet (.test-builds/main on a fresh clone).
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
