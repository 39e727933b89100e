/**
 * `npm run import:jekyll -- <jekyll site root>`: copy the site's _posts/ into posts/, its pages into
 * content/pages/, the images they refer to into public/ (all in the site's root, SITE_DIR), and its permalink
 * setting into site.yml (SETTINGS_FILE), changing only what this site cannot read, then check the
 * result as `npm run check` does and report.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatImportReport } from "./jekyll/import-report";
import { importJekyllSite } from "./jekyll/import-site";
import { checkImport } from "./jekyll/check-imported-site";
import { env } from "../lib/env";

const root = process.argv[2];
if (!root || !existsSync(root)) {
  console.error("Usage: npm run import:jekyll -- <folder of the Jekyll site, the one holding _posts/>");
  process.exit(1);
}
const pagesDir = env.pagesDir;
try {
  const started = performance.now();
  const target = {
    postsDir: env.postsDir,
    publicDir: env.publicDir,
    pagesDir,
    pagesLabel: path.relative(process.cwd(), pagesDir).split(path.sep).join("/"),
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
