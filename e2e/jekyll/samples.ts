import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { toolEnv } from "../../lib/env";

/** The old Jekyll blog's eight sample posts: outside the repository, in ../shared (JEKYLL_SAMPLE_DIR overrides). */
export const JEKYLL_SAMPLE_DIR = toolEnv.jekyllSampleDir;

/** Why the sample specs are skipped where the samples are absent. */
export const SAMPLES_ABSENT = `${JEKYLL_SAMPLE_DIR} is absent, so the Jekyll sample posts are not tested here (the repository's own fixtures still are)`;

/** The sample post files (names only), or none where ../shared is absent. */
export function listSampleFiles(): string[] {
  if (!existsSync(JEKYLL_SAMPLE_DIR)) return [];
  return readdirSync(JEKYLL_SAMPLE_DIR)
    .filter((name) => /\.(md|markdown)$/.test(name))
    .sort();
}

/** The old site's slice laid out as a Jekyll site root: outside the repository (JEKYLL_SITE_DIR overrides). */
export const JEKYLL_SITE_DIR = toolEnv.jekyllSiteDir;

/** True where the slice is there to import. */
export function siteSliceExists(): boolean {
  return existsSync(path.join(JEKYLL_SITE_DIR, "_posts"));
}

/** What the test site's import found, saved beside its sources for the old-URL spec. */
export const IMPORT_RECORD = "import-record.json";
