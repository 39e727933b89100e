/**
 * `npm run import:jekyll -- <jekyll site root>`: copy the site's _posts/ into posts/ (POSTS_DIR) and the
 * images they refer to into public/ (PUBLIC_DIR), changing only what this site cannot read, then report.
 */
import { existsSync } from "node:fs";
import { publicDirectory } from "../lib/public-files";
import { formatImportReport } from "./jekyll/import-report";
import { importJekyllSite } from "./jekyll/import-site";
import { postsDirectory } from "../lib/collection/posts";

const root = process.argv[2];
if (!root || !existsSync(root)) {
  console.error("Usage: npm run import:jekyll -- <folder of the Jekyll site, the one holding _posts/>");
  process.exit(1);
}
try {
  const report = importJekyllSite(root, { postsDir: postsDirectory(), publicDir: publicDirectory() });
  console.log(formatImportReport(report, root.replace(/\/+$/, "")));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
