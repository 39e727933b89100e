import { statSync } from "node:fs";
import { attempt, getLocalImageSize, publicFile } from "../public-files";
import { EDITOR_LIMITS } from "./settings";

const MB = 1_000_000;

/** The originals the build decodes and encodes (pipeline/steps/process-images.ts); GIFs and SVGs pass through. */
export const ENCODED_ORIGINAL = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/** The most pixels an original may have: sharp's own default, given to it explicitly so the check agrees. */
export const MAX_INPUT_PIXELS = 0x3fff * 0x3fff;

/** An error for an original under public/ with more pixels than the build can decode, or undefined. */
export function checkPixelCount(sitePath: string): { message: string; expected: string } | undefined {
  const size = ENCODED_ORIGINAL.test(sitePath) ? getLocalImageSize(sitePath) : undefined;
  if (!size || size.width * size.height <= MAX_INPUT_PIXELS) return undefined;
  return {
    message: `is ${size.width}×${size.height} pixels, more than the build can decode`,
    expected: `at most ${Math.floor(MAX_INPUT_PIXELS / 1e6)} megapixels, and ${EDITOR_LIMITS.pixels} pixels a side are plenty: export it smaller`,
  };
}

/** A warning for an image under public/ over 8 MB or over 6000 pixels on a side, naming the file. */
export function checkImageLimits(sitePath: string, shown: string): { message: string; expected: string } | undefined {
  const bytes = attempt(() => statSync(publicFile(sitePath)).size);
  if (bytes === undefined) return undefined;
  const size = getLocalImageSize(sitePath);
  const side = Math.max(size?.width ?? 0, size?.height ?? 0);
  const problems = [
    ...(bytes > EDITOR_LIMITS.bytes ? [`${(bytes / MB).toFixed(1)} MB`] : []),
    ...(side > EDITOR_LIMITS.pixels ? [`${size?.width}×${size?.height} pixels`] : []),
  ];
  if (problems.length === 0) return undefined;
  return {
    message: `image ${shown} is ${problems.join(" and ")}`,
    expected: `at most ${EDITOR_LIMITS.bytes / MB} MB and ${EDITOR_LIMITS.pixels} pixels a side: export it smaller (the site makes its own sizes)`,
  };
}
