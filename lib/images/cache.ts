import { execFileSync } from "node:child_process";
import path from "node:path";
import type { ImageOutput } from "./process";
import type { ImageSource } from "./source";

/** The folder encoded files are kept in between builds: .cache/images/, or IMAGE_CACHE_DIR. */
export function imageCacheDirectory(): string {
  return path.resolve(process.env.IMAGE_CACHE_DIR ?? path.join(".cache", "images"));
}

/** Where one output of an original is cached, named by the original's key (its content and the settings). */
export function cachedFile(source: Pick<ImageSource, "key">, output: ImageOutput): string {
  const name = output.full ? `full.${output.format}` : `${output.width}.${output.format}`;
  return path.join(imageCacheDirectory(), source.key, name);
}

/**
 * The files under the cache folder that git tracks: committed, not encoded here, so never trusted (a forged
 * "encoded" file would be published as it is). Empty outside a git checkout.
 */
export function committedCacheFiles(): Set<string> {
  try {
    // Paths come back relative to the working directory, the repository's root or below it.
    const listed = execFileSync("git", ["ls-files", "-z", "--", imageCacheDirectory()], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return new Set(
      listed
        .split("\0")
        .filter(Boolean)
        .map((file) => path.resolve(file)),
    );
  } catch {
    return new Set();
  }
}
