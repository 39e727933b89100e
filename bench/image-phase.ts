/**
 * `npm run bench:images -- [--photos 300] [--every 1] [--code DIR]`: the build's image step alone on the
 * bench corpus's event photos (bench/corpus/corpus-photos.ts, 3000–4000 px, 1.5–4 MB), each shown in a
 * gallery as the corpus's writeups show them: cold (an empty cache), then warm, with wall and CPU time and
 * the files published per photo. `--every 10` takes every tenth photo; `--code` runs another checkout's step
 * (e.g. a worktree of an older commit, with node_modules linked), so before and after run on the same photos.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generatePhotos } from "./corpus/corpus-photos";

const flags = new Map<string, string>();
for (let index = 2; index < process.argv.length; index += 2)
  flags.set(process.argv[index] ?? "", process.argv[index + 1] ?? "");
const count = Number(flags.get("--photos") ?? 300);
const every = Number(flags.get("--every") ?? 1);
const code = path.resolve(flags.get("--code") ?? ".");

const corpus = path.resolve(".bench", "public", `1-${count}`);
const photos = (await generatePhotos(corpus, count, 1)).filter((_, index) => index % every === 0);
const root = mkdtempSync(path.join(tmpdir(), "cnl-image-phase-"));
const publicDir = path.join(root, "public");
mkdirSync(path.join(publicDir, "images", "bench-photos"), { recursive: true });
for (const sitePath of photos) copyFileSync(path.join(corpus, sitePath), path.join(publicDir, sitePath));
process.env.PUBLIC_DIR = publicDir;
process.env.IMAGE_CACHE_DIR = path.join(root, "cache");

const { getImageSources } = (await import(
  path.join(code, "lib/images/picture.ts")
)) as typeof import("../lib/images/picture");
const { processImagesStep } = (await import(
  path.join(code, "pipeline/steps/process-images.ts")
)) as typeof import("../pipeline/steps/process-images");
const links = photos.flatMap((sitePath) => {
  const image = getImageSources(sitePath, "gallery");
  const sets = [image.srcSet, ...image.sources.map((source) => source.srcSet)];
  return [image.src, ...sets.flatMap((set) => (set ?? "").split(", ").map((entry) => entry.split(" ")[0] ?? ""))];
});
const pageTargets = new Map([["posts/photos/index.html", links]]);

for (const phase of ["cold", "warm"]) {
  const siteDir = path.join(root, `site-${phase}`);
  mkdirSync(siteDir, { recursive: true });
  const started = performance.now();
  const cpu = process.cpuUsage();
  await processImagesStep.run(siteDir, { pageTargets });
  const used = process.cpuUsage(cpu);
  const files = countFiles(siteDir);
  console.log(
    `${path.basename(code)} ${phase}: ${photos.length} photos, ${((performance.now() - started) / 1000).toFixed(1)} s wall, ` +
      `${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ${files} files published (${(files / photos.length).toFixed(1)} a photo)`,
  );
}
rmSync(root, { recursive: true, force: true });

// The corpus photos' files only (each processed name starts with its original's stem), not the site's own images.
function countFiles(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.startsWith("photo-"),
  ).length;
}
