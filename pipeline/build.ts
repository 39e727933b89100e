/**
 * `npm run build`: check every post, export the site with Next, run the post-export steps, and only
 * then move the result into place. A failed build leaves no out/ at all, never a partial one.
 * OUT_DIR chooses the destination (default out/); POSTS_DIR and BASE_PATH are read by lib/.
 * BUILD_TYPE_CHECK=off leaves out the type check, for `npm start` on a machine that only wants to see the
 * site: the types decide nothing in the export, and CI and the deploy workflow build with the check.
 */
import { cpSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { removePostSnapshot, SNAPSHOT_ENV } from "../lib/collection/post-snapshot";
import { SKIP_SEGMENT_DATA_ENV } from "../tools/patch-next";
import { startChild } from "./child-process";
import { skippedTypeCheck, startTypeCheck, TYPES_CHECKED_ENV } from "./type-check";

const outDir = path.resolve(process.env.OUT_DIR ?? "out");
const stagingDir = `${outDir}.partial`;
// Next exports into this folder, the same whatever OUT_DIR says: Turbopack keeps its compile cache per
// output folder, so that every site built in the checkout (the test sites, the benchmark's) shares it.
// The export is then moved to the staging folder beside OUT_DIR. Builds in one checkout never overlap.
const nextExportDir = ".next-export";
let nextStarted = false;
function fail(message?: string, snapshot?: string): never {
  rmSync(stagingDir, { recursive: true, force: true });
  if (nextStarted) rmSync(nextExportDir, { recursive: true, force: true });
  if (snapshot) removePostSnapshot(snapshot);
  if (message) console.error(message);
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
rmSync(stagingDir, { recursive: true, force: true });
// The type check needs no posts, so it starts on the other core while they are read, and goes on beside
// `next build`, which is told to skip its own (next.config.ts); the site is published only if it passes.
// Next starts once the check's route types are written: both write next-env.d.ts (pipeline/type-check.ts).
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const typeCheck = process.env.BUILD_TYPE_CHECK === "off" ? skippedTypeCheck() : startTypeCheck();
const typesChecked = typeCheck.result.then((result) => ({ ...result, at: seconds() }));
// Every post is read, checked and rendered once, by a process that saves them for the rest of the build
// and exits, so that no process holds them in memory while waiting for Next (see pipeline/read-posts.ts).
// Node is started directly rather than through npx, which would keep one more process in memory.
const read = await startChild(process.execPath, ["--import", "tsx", "pipeline/read-posts.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
}).result;
const readLines = read.stdout.trim().split("\n");
const snapshot = readLines.pop();
if (read.status !== 0 || !snapshot) {
  // The content errors are what the editor must fix first, as before: a type check's output would bury them.
  typeCheck.stop();
  fail();
}
console.log(`✓ Posts read and checked in ${seconds()}s`);
if (readLines.length > 0) console.log(readLines.join("\n"));
await typeCheck.routeTypesWritten;
process.env[SNAPSHOT_ENV] = snapshot;
process.env[TYPES_CHECKED_ENV] = "1";
// Next renders pages on worker threads inside its own process (next.config.ts), and each thread takes
// this heap limit. Without one, V8 lets each heap fill with garbage to ~600 MiB before collecting, where
// the live set at 5,000 posts is ~250 MiB: two workers would not fit the 1.5 GiB budget. The allowance
// grows with the posts' index, which every worker holds.
const heapMiB = Number(process.env.BUILD_HEAP_MIB) || 384 + Math.ceil((4 * statSync(snapshot).size) / 2 ** 20);
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
rmSync(nextExportDir, { recursive: true, force: true });
nextStarted = true;
const next = startChild(process.execPath, [`--max-old-space-size=${heapMiB}`, nextBin, "build"], {
  stdio: "inherit",
  // The export ships no client router, so Next need not write each page's prefetch data (tools/patch-next.ts).
  env: { ...process.env, NEXT_DIST_DIR: nextExportDir, [SKIP_SEGMENT_DATA_ENV]: "1" },
});
// Whichever fails first stops the other: a type error need not wait for every page to render.
const nextFailed = next.result.then((result) => {
  if (result.status === 0 && existsSync(path.join(nextExportDir, "index.html"))) return undefined;
  typeCheck.stop();
  // V8 aborts a process that runs out of heap.
  return result.signal === "SIGABRT"
    ? `Build stopped: next build ran out of memory; BUILD_HEAP_MIB raises its heap limit (${heapMiB}).`
    : "Build stopped: next build failed.";
});
const types = await Promise.race([typesChecked, nextFailed.then(async (failure) => failure ?? typesChecked)]);
if (typeof types === "string") fail(types, snapshot);
if (!types.ok) {
  next.child.kill();
  await next.result;
  fail(`${types.output}\nBuild stopped: the type check (${types.command}) failed.`, snapshot);
}
if (!types.skipped) console.log(`✓ Types checked beside next build, done at ${types.at}s`);
const failure = await nextFailed;
if (failure) fail(failure, snapshot);
moveFolder(nextExportDir, stagingDir);

try {
  // Imported only now: the steps' libraries (image rendering, search indexing) would otherwise sit in this
  // process's memory all through Next's build, next to its workers.
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
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
