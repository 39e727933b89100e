/**
 * `npm run build`: check every post, export the site with Next, run the post-export steps, and only
 * then move the result into place. A failed build leaves no out/ at all, never a partial one.
 * OUT_DIR chooses the destination (default out/); POSTS_DIR and BASE_PATH are read by lib/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { removePostSnapshot, SNAPSHOT_ENV } from "../lib/collection/post-snapshot";
import { startChild } from "./child-process";
import { startTypeCheck, TYPES_CHECKED_ENV } from "./type-check";

const outDir = path.resolve(process.env.OUT_DIR ?? "out");
const stagingDir = `${outDir}.partial`;
function fail(message?: string, snapshot?: string): never {
  rmSync(stagingDir, { recursive: true, force: true });
  if (snapshot) removePostSnapshot(snapshot);
  if (message) console.error(message);
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
rmSync(stagingDir, { recursive: true, force: true });
// The type check needs no posts, so it runs on the other core while they are read, instead of inside
// `next build` after compiling; Next is told to skip its own (next.config.ts). Next starts only once both
// are done: it rewrites the route types (.next/types) that tsc reads.
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const typeCheck = startTypeCheck();
// Every post is read, checked and rendered once, by a process that saves them for the rest of the build
// and exits, so that no process holds them in memory while waiting for Next (see build/read-posts.ts).
// Node is started directly rather than through npx, which would keep one more process in memory.
const read = await startChild(process.execPath, ["--import", "tsx", "build/read-posts.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
}).result;
const readSeconds = seconds();
const snapshot = read.stdout.trim().split("\n").pop();
if (read.status !== 0 || !snapshot) {
  // The content errors are what the editor must fix first, as before: a type check's output would bury them.
  typeCheck.stop();
  fail();
}
const types = await typeCheck.result;
if (!types.ok) fail(`${types.output}\nBuild stopped: the type check (${types.command}) failed.`, snapshot);
console.log(`✓ Posts read and checked in ${readSeconds}s; types checked beside them, done at ${seconds()}s`);
process.env[SNAPSHOT_ENV] = snapshot;
process.env[TYPES_CHECKED_ENV] = "1";
// Next renders pages on worker threads inside its own process (next.config.ts), and each thread takes
// this heap limit. Without one, V8 lets each heap fill with garbage to ~600 MiB before collecting, where
// the live set at 5,000 posts is ~250 MiB: two workers would not fit the 1.5 GiB budget. The allowance
// grows with the posts' index, which every worker holds.
const heapMiB = Number(process.env.BUILD_HEAP_MIB) || 384 + Math.ceil((4 * statSync(snapshot).size) / 2 ** 20);
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const next = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, nextBin, "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: path.relative(process.cwd(), stagingDir) },
});
// V8 aborts a process that runs out of heap.
if (next.signal === "SIGABRT")
  fail(`Build stopped: next build ran out of memory; BUILD_HEAP_MIB raises its heap limit (${heapMiB}).`, snapshot);
if (next.status !== 0 || !existsSync(path.join(stagingDir, "index.html")))
  fail("Build stopped: next build failed.", snapshot);

try {
  // Imported only now: the steps' libraries (image rendering, search indexing) would otherwise sit in this
  // process's memory all through Next's build, next to its workers.
  const { runPostExportSteps } = await import("./post-export");
  await runPostExportSteps(stagingDir);
} catch (error) {
  fail(`Build stopped: ${error instanceof Error ? error.message : String(error)}`, snapshot);
}
removePostSnapshot(snapshot);
renameSync(stagingDir, outDir);
console.log(`Static site written to ${path.relative(process.cwd(), outDir) || "."}/`);
