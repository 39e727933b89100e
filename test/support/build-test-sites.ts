/**
 * Build every site the end-to-end suite needs, one after another (see e2e/test-sites.ts); with names
 * (`npx tsx test/support/build-test-sites.ts jekyll`), only those sites, and no server-mode build.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { TEST_SITES } from "../../e2e/test-sites";
import { fixtureSiteEnv } from "./fixture-sites";

const only = process.argv.slice(2);
// Turbopack keeps one compile cache, for the last configuration built: a site with a base path, which
// changes Next's configuration, goes last so that the others reuse the first one's compilation.
const sites = TEST_SITES.filter((candidate) => only.length === 0 || only.includes(candidate.name)).sort(
  (a, b) => Number("BASE_PATH" in a.env) - Number("BASE_PATH" in b.env),
);
for (const site of sites) {
  console.log(`\n▶ Building the "${site.name}" test site into ${site.outDir}/`);
  await site.prepare?.();
  // A site's own folders (POSTS_DIR, ...) override the main fixture site's: no test site reads the project's content.
  const result = spawnSync("npx", ["tsx", "pipeline/build.ts"], {
    stdio: "inherit",
    env: { ...process.env, ...fixtureSiteEnv(), ...site.env, OUT_DIR: site.outDir },
  });
  if (result.status !== 0) {
    console.error(`Building the "${site.name}" test site failed.`);
    process.exit(1);
  }
}

if (only.length > 0) process.exit(0);

// Then the server-mode build (.next-server/) that e2e/redirects-server.spec.ts starts `next start` on;
// still one build at a time, since Next builds in one checkout must not overlap.
console.log("\n▶ Building the site in server mode into .next-server/");
// Built from the "main" fixture site, which the "main" site's build has just checked: `next build` alone, not
// `npm run build:server`, whose `npm run check` would check the same posts again.
const env = { ...process.env, ...fixtureSiteEnv(), BUILD_MODE: "server" };
const next = path.join("node_modules", "next", "dist", "bin", "next");
if (spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env }).status !== 0) {
  console.error("Building the site in server mode failed.");
  process.exit(1);
}
