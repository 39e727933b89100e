/** `npm run import:jekyll -- <jekyll site root>`: import its posts, pages, images and permalinks, then check. */
import { existsSync } from "node:fs";
import { formatImportReport } from "./jekyll/import-report";
import { importJekyllSite } from "./jekyll/import-site";
import { checkImport } from "./jekyll/check-imported-site";
import { env } from "../lib/env";
import { shownPath } from "../lib/public-files";

const root = process.argv[2];
if (!root || !existsSync(root)) {
  console.error("Usage: npm run import:jekyll -- <folder of the Jekyll site, the one holding _posts/>");
  process.exit(1);
}
try {
  const started = performance.now();
  const target = {
    postsDir: env.postsDir,
    publicDir: env.publicDir,
    pagesDir: env.pagesDir,
    pagesLabel: shownPath(env.pagesDir),
    settingsFile: env.settingsFile,
  };
  const report = importJekyllSite(root, target);
  checkImport(report, target);
  console.log(formatImportReport(report, root.replace(/\/+$/, "")));
  console.log(`Import took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
