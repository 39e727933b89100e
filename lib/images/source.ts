import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { attempt, publicFile } from "../public-files";
import { env } from "../env";
import { hashSources, usableCacheFolder } from "../cache-folder";
import type { ImageOutput } from "./process";
import { ENCODER_SETTINGS, PREVIEW_SETTINGS, type EncoderSettings, type OutputFormat } from "./settings";

/** An original under public/ the build can encode: its file, content key, upright size and fallback format. */
export type ImageSource = {
  file: string;
  /** sha256 of the file, the encoder's code and settings and sharp's release, 16 hex digits: names its processed files. */
  key: string;
  settings: EncoderSettings;
  width: number;
  height: number;
  fallback: OutputFormat;
  /** The file's name as a URL-safe stem, for readable processed names. */
  stem: string;
};

// GIFs (animated ones would lose their frames) and SVGs pass through untouched.
const FALLBACKS: Record<string, OutputFormat> = { jpg: "jpg", png: "png", webp: "webp", tiff: "jpg", avif: "avif" };
const cache = new Map<string, ImageSource | undefined>();

/** The original a site path ("/images/a b.jpg") names, when it is a raster image the build encodes. */
export function readImageSource(sitePath: string): ImageSource | undefined {
  const file = publicFile(sitePath);
  if (!file || !existsSync(file)) return undefined;
  const stat = statSync(file);
  const id = `${file}\0${stat.size}\0${stat.mtimeMs}\0${env.imagePreview ?? ""}`;
  if (!cache.has(id)) cache.set(id, inspect(file));
  return cache.get(id);
}

/** The same for a file already known to exist, e.g. one found by walking public/. */
export function inspect(file: string): ImageSource | undefined {
  const bytes = readFileSync(file);
  const info = attempt(() => imageSize(bytes));
  const fallback = FALLBACKS[info?.type ?? ""];
  if (!info || !fallback || !info.width || !info.height) return undefined;
  // EXIF orientations 5 to 8 turn the picture a quarter: the upright photo is as wide as the file is tall.
  const turned = (info.orientation ?? 1) >= 5;
  const contentKey = (settings: EncoderSettings) =>
    createHash("sha256")
      .update(bytes)
      .update(JSON.stringify(settings))
      .update(encoderDigest())
      .digest("hex")
      .slice(0, 16);
  const key = contentKey(ENCODER_SETTINGS);
  const preview = !fullInPreview(file) && !existsSync(path.join(usableCacheFolder(env.imageCacheDir), key));
  const stem =
    path
      .parse(file)
      .name.toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "image";
  return {
    file,
    key: preview ? contentKey(PREVIEW_SETTINGS) : key,
    settings: preview ? PREVIEW_SETTINGS : ENCODER_SETTINGS,
    width: turned ? info.height : info.width,
    height: turned ? info.width : info.height,
    fallback,
    stem,
  };
}

/** Where one output of an original is cached (IMAGE_CACHE_DIR), named by its key (its content and the settings). */
export function cachedFile(source: Pick<ImageSource, "key">, output: ImageOutput): string {
  const name = output.full ? `full.${output.format}` : `${output.width}.${output.format}`;
  return path.join(usableCacheFolder(env.imageCacheDir), source.key, name);
}

let changed: { changeFile: string; files: Set<string> } | undefined;

// False in a preview (IMAGE_PREVIEW: the change file of tools/classify-change.ts) for an original the pull
// request did not change, which is then encoded at PREVIEW_SETTINGS unless cached at full settings.
function fullInPreview(file: string): boolean {
  const changeFile = env.imagePreview;
  if (!changeFile) return true;
  if (changed?.changeFile !== changeFile) {
    const files: unknown = (JSON.parse(readFileSync(changeFile, "utf8")) as { files?: unknown }).files;
    if (!Array.isArray(files)) throw new Error(`${changeFile}: files: missing (a list of changed paths)`);
    const paths = files.filter((entry) => typeof entry === "string").map((entry) => path.resolve(entry));
    changed = { changeFile, files: new Set(paths) };
  }
  return changed.files.has(path.resolve(file));
}

let encoder: string | undefined;

// What shapes an encoded file besides its original and settings: the encoder's code, and the sharp and
// libvips releases the lockfile pins (a new release of anything else re-encodes nothing).
function encoderDigest(): string {
  if (encoder === undefined) {
    const lockfile = existsSync("package-lock.json") ? readFileSync("package-lock.json", "utf8") : "{}";
    const lock = JSON.parse(lockfile) as { packages?: Record<string, unknown> };
    const libraries = Object.entries(lock.packages ?? {}).filter(([name]) => /node_modules\/(sharp|@img\/)/.test(name));
    encoder = hashSources(["lib/images/process.ts", "lib/images/settings.ts"]) + JSON.stringify(libraries);
  }
  return encoder;
}
