import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

const PUBLIC_DIR = path.join(process.cwd(), "public");
const cache = new Map<string, { width: number; height: number } | undefined>();

/** Real pixel size of an image under public/ ("/images/a b.jpg"), or undefined when it is missing. */
export function getLocalImageSize(src: string): { width: number; height: number } | undefined {
  const relative = safeDecode(src.split(/[?#]/)[0] ?? "");
  if (cache.has(relative)) return cache.get(relative);
  const file = path.join(PUBLIC_DIR, path.normalize(relative));
  let size: { width: number; height: number } | undefined;
  if (file.startsWith(PUBLIC_DIR + path.sep) && existsSync(file)) {
    try {
      const { width, height } = imageSize(readFileSync(file));
      if (width && height) size = { width, height };
    } catch {
      size = undefined;
    }
  }
  cache.set(relative, size);
  return size;
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
