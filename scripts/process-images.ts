/**
 * Post-export step: encode the photos the pages ask for. Every processed file a page's <picture> or srcset
 * names (lib/images/picture.ts) is encoded with sharp, or taken from the cache (.cache/images/, by content and
 * settings), and copied into the export; every raster original is replaced in the export by its full-size
 * version: upright, without metadata, at most FULL_SIZE_MAX pixels a side. GIFs and SVGs are left as they are.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { publicDirectory } from "../lib/images";
import { fullSizeWidth, parseProcessedPath, processedPath, processesImages } from "../lib/images/picture";
import { cachedFile, encodeImage, encodingConcurrency, runPool, type ImageOutput } from "../lib/images/process";
import { inspect, type ImageSource } from "../lib/images/source";
import { withoutBasePath } from "../lib/site";
import type { PostExportStep } from "./post-export";

type Original = { sitePath: string; source: ImageSource };

/** The step; it runs after the page pass, whose links say which files the pages use, and before the link check. */
export const processImagesStep: PostExportStep = {
  name: "images: encode photos (AVIF, WebP, original format) and publish full sizes",
  async run(siteDir, context) {
    if (!processesImages()) return;
    if (!context?.pageTargets)
      throw new Error("the image step runs after the page pass, which lists each page's links");
    const originals = listOriginals();
    const byKey = new Map(originals.map((original) => [original.source.key, original.source]));
    const wanted = new Map<string, { source: ImageSource; outputs: Map<string, ImageOutput> }>();
    const want = (source: ImageSource, output: ImageOutput) => {
      const entry = wanted.get(source.key) ?? { source, outputs: new Map() };
      entry.outputs.set(`${output.width}.${output.format}.${output.full ? "full" : ""}`, output);
      wanted.set(source.key, entry);
    };
    for (const { source } of originals)
      want(source, { width: fullSizeWidth(source), format: source.fallback, full: true });
    for (const targets of context.pageTargets.values()) {
      for (const target of targets) {
        const parsed = parseProcessedPath(withoutBasePath(target.split("?", 1)[0] ?? ""));
        const source = parsed && byKey.get(parsed.key);
        if (source && parsed) want(source, { width: parsed.width, format: parsed.format });
      }
    }
    const jobs = [...wanted.values()];
    let encoded = 0;
    const started = performance.now();
    await runPool(jobs, encodingConcurrency(), async ({ source, outputs }) => {
      encoded += await encodeImage(source, [...outputs.values()]);
    });
    const files = publish(siteDir, jobs, originals);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `  images: ${jobs.length} originals, ${files} files published, ${encoded} encoded (the rest cached) in ${seconds}s`,
    );
  },
};

function publish(
  siteDir: string,
  jobs: { source: ImageSource; outputs: Map<string, ImageOutput> }[],
  originals: Original[],
): number {
  let files = 0;
  for (const { source, outputs } of jobs) {
    for (const output of outputs.values()) {
      if (output.full) continue;
      const target = path.join(siteDir, processedPath(source, output.width, output.format));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(cachedFile(source, output), target);
      files += 1;
    }
  }
  // The original's own path now serves its full-size version: what "full size" links to, and old links too.
  for (const { sitePath, source } of originals) {
    const target = path.join(siteDir, sitePath);
    copyFileSync(cachedFile(source, { width: fullSizeWidth(source), format: source.fallback, full: true }), target);
    files += 1;
  }
  return files;
}

/** Every raster original under public/ (and PUBLIC_DIR, whose files win) the site publishes, by site path. */
function listOriginals(): Original[] {
  const found = new Map<string, string>();
  for (const root of [...new Set([path.resolve("public"), publicDirectory()])]) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(jpe?g|png|webp|avif|tiff?)$/i.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      found.set(`/${path.relative(root, file).split(path.sep).join("/")}`, file);
    }
  }
  return [...found].flatMap(([sitePath, file]) => {
    const source = inspect(file);
    return source ? [{ sitePath, source }] : [];
  });
}
