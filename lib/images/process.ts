import { mkdirSync, renameSync, existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import type { EncoderSettings, OutputFormat } from "./settings";
import { cachedFile, type ImageSource } from "./source";
import { env } from "../env";
import { shownPath } from "../public-files";
import { MAX_INPUT_PIXELS } from "./limits";

/** One file to encode from an original: a width in a format, or the full-size copy in the original's format. */
export type ImageOutput = { width: number; format: OutputFormat; full?: boolean };

/** How many originals are encoded at once: one per core, each on one libvips thread, at most four for memory. */
export function encodingConcurrency(): number {
  return Math.max(1, Math.min(4, env.imageJobs ?? availableParallelism()));
}

/** Encode each output of `source` not cached yet, upright and without metadata (GPS, camera serial); returns how many. */
export async function encodeImage(
  source: ImageSource,
  outputs: readonly ImageOutput[],
  onFile: (encoded: boolean) => void = () => {},
): Promise<number> {
  const missing = outputs.filter((output) => !existsSync(cachedFile(source, output)));
  for (let index = missing.length; index < outputs.length; index += 1) onFile(false);
  if (missing.length === 0) return 0;
  // Decoded once at the largest output's width, then resized for each: far less work than from the original.
  // failOn "none": a truncated photo is encoded as far as it goes, as a browser would show it.
  const largest = Math.max(...missing.map((output) => output.width));
  const { data, info } = await sharp(source.file, { failOn: "none", limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      const expected = "a JPEG, PNG, WebP, AVIF or TIFF file";
      throw new Error(`${shownPath(source.file)}:1: file: the build cannot read this image: ${why} (${expected})`);
    });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  for (const output of missing) {
    const target = cachedFile(source, output);
    mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    const resized = sharp(data, raw).resize({ width: output.width, withoutEnlargement: true });
    await ENCODERS[output.format](resized, source.settings, output.full).toFile(temporary);
    // Renamed into place only when complete, so an interrupted build never leaves a half file in the cache.
    renameSync(temporary, target);
    onFile(true);
  }
  return missing.length;
}

// What each format is encoded with; a JPEG is progressive, and the full-size copy has settings of its own.
const ENCODERS: Record<OutputFormat, (image: Sharp, settings: EncoderSettings, full?: boolean) => Sharp> = {
  avif: (image, settings) => image.avif(settings.avif),
  webp: (image, settings) => image.webp(settings.webp),
  png: (image, settings) => image.png(settings.png),
  jpg: (image, settings, full) => image.jpeg({ ...(full ? settings.fullJpg : settings.jpg), progressive: true }),
};
