import { statSync } from "node:fs";
import { getLocalImageSize, publicFile } from "../public-files";
import { EDITOR_LIMITS } from "./settings";

/** What is wrong with an original that is too big to be worth publishing, or undefined when it is fine. */
export type OversizeWarning = { message: string; expected: string };

const MB = 1_000_000;

/** A warning for an image under public/ over 8 MB or over 6000 pixels on a side, naming the file. */
export function checkImageLimits(sitePath: string, shown: string): OversizeWarning | undefined {
  const file = publicFile(sitePath);
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    return undefined;
  }
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
