/**
 * `npm run build`: check every post, export the site with Next, run the post-export steps, and only
 * then move the result into place. A failed build leaves no out/ at all, never a partial one.
 * OUT_DIR chooses the destination (default out/); POSTS_DIR and BASE_PATH are read by lib/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "../lib/content-error";
import { removePostSnapshot, SNAPSHOT_ENV } from "../lib/post-snapshot";
import { postsDirectory, readPostCollection, sharePostCollection } from "../lib/posts";
import { runPostExportSteps } from "./post-export";

const outDir = path.resolve(process.env.OUT_DIR ?? "out");
const stagingDir = `${outDir}.partial`;

function fail(message: string): never {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

const { problems } = readPostCollection(postsDirectory());
const errors = problems.filter((problem) => problem.severity === "error");
if (errors.length > 0) {
  rmSync(outDir, { recursive: true, force: true });
  fail(
    `${errors.map(formatProblem).join("\n")}\nBuild stopped: ${errors.length} content error${errors.length === 1 ? "" : "s"}.`,
  );
}

rmSync(outDir, { recursive: true, force: true });
rmSync(stagingDir, { recursive: true, force: true });
// Next's worker processes load the posts read above rather than parsing and rendering them again.
const snapshot = sharePostCollection();
const next = spawnSync("npx", ["next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: path.relative(process.cwd(), stagingDir), [SNAPSHOT_ENV]: snapshot },
});
removePostSnapshot(snapshot);
if (next.status !== 0 || !existsSync(path.join(stagingDir, "index.html"))) fail("Build stopped: next build failed.");

try {
  await runPostExportSteps(stagingDir);
} catch (error) {
  fail(`Build stopped: ${error instanceof Error ? error.message : String(error)}`);
}
renameSync(stagingDir, outDir);
console.log(`Static site written to ${path.relative(process.cwd(), outDir) || "."}/`);
