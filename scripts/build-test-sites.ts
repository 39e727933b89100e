/** Build every site the end-to-end suite needs, one after another (see e2e/test-sites.ts). */
import { spawnSync } from "node:child_process";
import { TEST_SITES } from "../e2e/test-sites";

for (const site of TEST_SITES) {
  console.log(`\n▶ Building the "${site.name}" test site into ${site.outDir}/`);
  site.prepare?.();
  const result = spawnSync("npx", ["tsx", "scripts/build.ts"], {
    stdio: "inherit",
    env: { ...process.env, ...site.env, OUT_DIR: site.outDir },
  });
  if (result.status !== 0) {
    console.error(`Building the "${site.name}" test site failed.`);
    process.exit(1);
  }
}
