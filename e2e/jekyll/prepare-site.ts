import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { listLocalAssets } from "../../lib/content/post-assets";
import { JEKYLL_SAMPLE_DIR, listSampleFiles, SAMPLES_ABSENT } from "./samples";
import { writePlaceholder } from "./placeholders";

const FIXTURES_DIR = path.resolve("e2e/jekyll/fixtures");

/**
 * Write the Jekyll test site's sources into `root`: posts/ holds the sample posts exactly as they were
 * (plus the repository's fixtures), and public/ a placeholder for every image and PDF they refer to, since
 * the real files are not in the repository. A post referring to a file it does not find still fails the build.
 */
export async function prepareJekyllSite(root: string): Promise<void> {
  const postsDir = path.join(root, "posts");
  const publicDir = path.join(root, "public");
  rmSync(root, { recursive: true, force: true });
  mkdirSync(postsDir, { recursive: true });
  mkdirSync(publicDir, { recursive: true });

  const samples = listSampleFiles();
  if (samples.length === 0) console.log(`Note: ${SAMPLES_ABSENT}.`);
  const sources = [
    ...samples.map((name) => path.join(JEKYLL_SAMPLE_DIR, name)),
    ...readdirSync(FIXTURES_DIR).map((name) => path.join(FIXTURES_DIR, name)),
  ];

  let placeholders = 0;
  for (const source of sources) {
    copyFileSync(source, path.join(postsDir, path.basename(source)));
    for (const asset of listLocalAssets(readFileSync(source, "utf8"))) {
      if (await writePlaceholder(path.join(publicDir, asset.path))) placeholders += 1;
    }
  }
  console.log(
    `Jekyll test site: ${samples.length} sample posts, ${sources.length - samples.length} fixtures, ${placeholders} placeholder files.`,
  );
}
