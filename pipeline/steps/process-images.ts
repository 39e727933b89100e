/**
 * Post-export step: encode (or take from .cache/images/) every processed photo a page names
 * (lib/images/picture.ts), and replace each raster original by its full-size version.
 */
import { copyFileSync, lstatSync, mkdirSync } from "node:fs";
import path from "node:path";
import pLimit from "p-limit";
import { listPublicFiles } from "../../lib/public-files";
import { fullSizeWidth, parseProcessedPath, processesImages } from "../../lib/images/picture";
import { encodeImage, encodingConcurrency, type ImageOutput } from "../../lib/images/process";
import { cachedFile, inspect, type ImageSource } from "../../lib/images/source";
import { ENCODED_ORIGINAL } from "../../lib/images/limits";
import { withoutBasePath } from "../../lib/site";
import type { PostExportStep } from "../export/step";
import { startProgress } from "./progress-line";

type Original = { sitePath: string; source: ImageSource };
type Job = { source: ImageSource; outputs: Map<string, { output: ImageOutput; sitePaths: Set<string> }> };

/** The step; it runs after the page pass, whose links say which files the pages use, and before the link check. */
export const processImagesStep: PostExportStep = {
  name: "images: encode photos (AVIF, original format) and publish full sizes",
  async run(siteDir, context) {
    if (!processesImages()) return;
    if (!context?.pageTargets)
      throw new Error("the image step runs after the page pass, which lists each page's links");
    const originals = listOriginals();
    const byKey = new Map(originals.map((original) => [original.source.key, original.source]));
    // Keyed by content: two names for one photo are encoded once, and published under each name.
    const wanted = new Map<string, Job>();
    const want = (source: ImageSource, output: ImageOutput, sitePath: string) => {
      const job = wanted.get(source.key) ?? { source, outputs: new Map() };
      const id = `${output.width}.${output.format}.${output.full ? "full" : ""}`;
      const entry = job.outputs.get(id) ?? { output, sitePaths: new Set<string>() };
      job.outputs.set(id, entry);
      entry.sitePaths.add(sitePath);
      wanted.set(source.key, job);
    };
    for (const { sitePath, source } of originals)
      want(source, { width: fullSizeWidth(source), format: source.fallback, full: true }, sitePath);
    for (const target of [...context.pageTargets.values()].flat()) {
      const sitePath = withoutBasePath(target.split("?", 1)[0] ?? "");
      const parsed = parseProcessedPath(sitePath);
      const source = parsed && byKey.get(parsed.key);
      if (source && parsed) want(source, { width: parsed.width, format: parsed.format }, sitePath);
    }
    const jobs = [...wanted.values()];
    let encoded = 0;
    const started = performance.now();
    const outputCount = jobs.reduce((sum, job) => sum + job.outputs.size, 0);
    const progress = startProgress("images", outputCount);
    await pLimit(encodingConcurrency()).map(jobs, async ({ source, outputs }) => {
      const list = [...outputs.values()].map((entry) => entry.output);
      encoded += await encodeImage(source, list, progress.tick);
    });
    progress.end();
    const files = publish(siteDir, jobs);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `  images: ${jobs.length} originals, ${files} files published, ${encoded} encoded (the rest cached) in ${seconds}s`,
    );
  },
};

// Each output, from the cache, at every site path that names it: the processed files the pages ask for,
// and each original's own path, which now serves its full-size version (what "full size" links to).
function publish(siteDir: string, jobs: Job[]): number {
  const copies = jobs.flatMap(({ source, outputs }) =>
    [...outputs.values()].flatMap(({ output, sitePaths }) =>
      [...sitePaths].map((sitePath) => [cachedFile(source, output), path.join(siteDir, sitePath)] as const),
    ),
  );
  for (const [from, to] of copies) {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  return copies.length;
}

// Every raster original the site publishes, listed as the check lists them: symbolic links are never followed.
function listOriginals(): Original[] {
  const originals = listPublicFiles().filter(
    (file) => ENCODED_ORIGINAL.test(file.sitePath) && lstatSync(file.full, { throwIfNoEntry: false })?.isFile(),
  );
  // A later folder's file (SITE_DIR's public/) takes the place of the project's at the same path.
  const found = new Map(originals.map((file) => [file.sitePath, file.full]));
  return [...found].flatMap(([sitePath, file]) => {
    const source = inspect(file);
    return source ? [{ sitePath, source }] : [];
  });
}
