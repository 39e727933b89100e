import path from "node:path";
import { usableCacheFolder } from "../cache-folder";
import { env } from "../env";
import type { ImageOutput } from "./process";
import type { ImageSource } from "./source";

/** The folder encoded files are kept in between builds: .cache/images/ (IMAGE_CACHE_DIR), if usable. */
export function imageCacheDirectory(): string {
  return usableCacheFolder(env.imageCacheDir);
}

/** Where one output of an original is cached, named by the original's key (its content and the settings). */
export function cachedFile(source: Pick<ImageSource, "key">, output: ImageOutput): string {
  const name = output.full ? `full.${output.format}` : `${output.width}.${output.format}`;
  return path.join(imageCacheDirectory(), source.key, name);
}
