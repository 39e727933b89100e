import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatImportReport } from "../../tools/jekyll/import-report";
import { importJekyllSite, type ImportReport } from "../../tools/jekyll/import-site";
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

/**
 * Write the Jekyll test site's sources into `root`. Where the old site's slice is present
 * (../shared/jekyll-site), it is imported as `npm run import:jekyll` would into posts/, pages/ and public/,
 * and what the import found is saved for e2e/jekyll/old-urls.spec.ts; else the sample posts are copied as
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
    const report = importJekyllSite(JEKYLL_SITE_DIR, { postsDir, publicDir, pagesDir, pagesLabel: "pages" });
    const seconds = (performance.now() - started) / 1000;
    writeFileSync(path.join(root, "import-report.txt"), formatImportReport(report, JEKYLL_SITE_DIR));
    writeFileSync(path.join(root, IMPORT_RECORD), JSON.stringify({ seconds, oldUrls: report.oldUrls }, null, 2));
    placeholders += await standInForWhatTheOldSiteLacked(report, publicDir, pagesDir);
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

// The old site itself lacks a few images and pages its files link to: the import reports them, and the
// build would stop on them, so the test site stands a placeholder in for each.
async function standInForWhatTheOldSiteLacked(report: ImportReport, publicDir: string, pagesDir: string) {
  let written = 0;
  for (const missing of report.imagesMissing) {
    if (!missing.path) continue;
    if (await writePlaceholder(path.join(publicDir, missing.path))) written += 1;
    else if (missing.path.endsWith("/")) {
      const page = path.join(pagesDir, missing.path, "index.md");
      mkdirSync(path.dirname(page), { recursive: true });
      writeFileSync(page, `---\ntitle: Missing from the old site too\n---\n\nA placeholder for ${missing.path}.\n`);
      written += 1;
    }
  }
  return written;
}
