import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatImportReport } from "../../tools/jekyll/import-report";
import { importJekyllSite } from "../../tools/jekyll/import-site";
import { checkImport } from "../../tools/jekyll/check-imported-site";
import { listLocalAssets } from "../../lib/content/post-assets";
import {
  IMPORT_RECORD,
  JEKYLL_SAMPLE_DIR,
  JEKYLL_SITE_DIR,
  listSampleFiles,
  SAMPLES_ABSENT,
  siteSliceExists,
} from "./samples";
import { writePlaceholder } from "./placeholders";

const FIXTURES_DIR = path.resolve("e2e/jekyll/fixtures");
const STARTER_PAGES = path.resolve("test/fixtures/jekyll-sites/starter-pages");

/**
 * Write the Jekyll test site's sources into `root`. Where the old site's slice is present
 * (../shared/jekyll-site), it is imported as `npm run import:jekyll` would into a fresh site's posts/, pages/
 * (starter pages) and public/, checked as `npm run check` would, and what it found is saved for
 * e2e/jekyll/old-urls.spec.ts; else the sample posts are copied as
 * they were. The repository's fixtures are added, with a placeholder for every image and PDF they refer to.
 */
export async function prepareJekyllSite(root: string): Promise<void> {
  const postsDir = path.join(root, "posts");
  const publicDir = path.join(root, "public");
  const pagesDir = path.join(root, "pages");
  rmSync(root, { recursive: true, force: true });
  for (const folder of [postsDir, publicDir, pagesDir]) mkdirSync(folder, { recursive: true });

  let placeholders = 0;
  if (siteSliceExists()) {
    const started = performance.now();
    // A fresh site: the starter pages `npm run new-site` leaves, which the old site's pages may replace.
    cpSync(STARTER_PAGES, pagesDir, { recursive: true });
    const target = { postsDir, publicDir, pagesDir, pagesLabel: "pages" };
    const report = importJekyllSite(JEKYLL_SITE_DIR, target);
    const seconds = (performance.now() - started) / 1000;
    checkImport(report, target);
    writeFileSync(path.join(root, "import-report.txt"), formatImportReport(report, JEKYLL_SITE_DIR));
    writeFileSync(path.join(root, IMPORT_RECORD), JSON.stringify({ seconds, oldUrls: report.oldUrls }, null, 2));
    const answered = report.oldUrls.filter((url) => url.answered).length;
    console.log(
      `Jekyll test site: imported ${JEKYLL_SITE_DIR} in ${seconds.toFixed(2)} s: ${report.imported.length} posts, ` +
        `${report.pages.length} pages, ${report.shortLinks.length} short links; old URLs answered ${answered} of ${report.oldUrls.length}.`,
    );
  } else {
    const samples = listSampleFiles();
    console.log(`Note: ${SAMPLES_ABSENT}.`);
    for (const name of samples)
      placeholders += await copyWithPlaceholders(path.join(JEKYLL_SAMPLE_DIR, name), postsDir, publicDir);
  }
  const fixtures = readdirSync(FIXTURES_DIR);
  for (const name of fixtures)
    placeholders += await copyWithPlaceholders(path.join(FIXTURES_DIR, name), postsDir, publicDir);
  console.log(`Jekyll test site: ${fixtures.length} fixtures, ${placeholders} placeholder files.`);
}

async function copyWithPlaceholders(source: string, postsDir: string, publicDir: string): Promise<number> {
  copyFileSync(source, path.join(postsDir, path.basename(source)));
  let written = 0;
  for (const asset of listLocalAssets(readFileSync(source, "utf8")))
    if (await writePlaceholder(path.join(publicDir, asset.path))) written += 1;
  return written;
}
