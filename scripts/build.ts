/**
 * `npm run build`: check every post, export the site with Next, run the post-export steps, and only
 * then move the result into place. A failed build leaves no out/ at all, never a partial one.
 * OUT_DIR chooses the destination (default out/); POSTS_DIR and BASE_PATH are read by lib/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { removePostSnapshot, SNAPSHOT_ENV } from "../lib/post-snapshot";
import { runPostExportSteps } from "./post-export";

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
// Every post is read, checked and rendered once, by a process that saves them for the rest of the build
// and exits, so that no process holds them in memory while waiting for Next (see scripts/read-posts.ts).
// Node is started directly rather than through npx, which would keep one more process in memory.
const read = spawnSync(process.execPath, ["--import", "tsx", "scripts/read-posts.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
});
const snapshot = read.stdout.trim().split("\n").pop();
if (read.status !== 0 || !snapshot) fail();
process.env[SNAPSHOT_ENV] = snapshot;
const next = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: path.relative(process.cwd(), stagingDir) },
});
if (next.status !== 0 || !existsSync(path.join(stagingDir, "index.html")))
  fail("Build stopped: next build failed.", snapshot);

try {
  await runPostExportSteps(stagingDir);
} catch (error) {
  fail(`Build stopped: ${error instanceof Error ? error.message : String(error)}`, snapshot);
}
removePostSnapshot(snapshot);
renameSync(stagingDir, outDir);
console.log(`Static site written to ${path.relative(process.cwd(), outDir) || "."}/`);
