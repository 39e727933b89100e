import { sitePathUrl, withoutBasePath } from "../site";
import {
  FULL_SIZE_MAX,
  MODERN_FORMAT,
  PROCESSED_PATH,
  ROLE_LAYOUTS,
  type ImageRole,
  type OutputFormat,
} from "./settings";
import { readImageSource, type ImageSource } from "./source";
import { env } from "../env";

/** What a <picture> needs for one image: a <source> in AVIF, and the <img> fallback. */
export type ImageSources = {
  /** AVIF; empty for an image that is passed through (remote, SVG, GIF) or is AVIF already. */
  sources: { type: string; srcSet: string }[];
  src: string;
  srcSet?: string;
  sizes?: string;
  width?: number;
  height?: number;
  /** For "full size": the original's path (the build puts a processed copy there), a remote URL, or none for data:. */
  fullSize?: string;
};

/** True in the static export, the only build that publishes processed files (dev and server mode show originals). */
export function processesImages(): boolean {
  return !env.development && !env.serverMode;
}

/** The sources of the image at `src` shown as `role`; remote, SVG, GIF and missing images come back as they are. */
export function getImageSources(src: string, role: ImageRole): ImageSources {
  const local = src.startsWith("/") && !src.startsWith("//");
  // A link to a data: URL is refused like a script-bearing one (docs/security.md): such an image links nowhere.
  if (!local) return { sources: [], src, fullSize: /^https?:\/\//i.test(src) ? src : undefined };
  const sitePath = withoutBasePath(src);
  const original = sitePathUrl(sitePath);
  const source = readImageSource(sitePath);
  if (!source) return { sources: [], src: original, fullSize: original };
  const size = { width: source.width, height: source.height };
  if (!processesImages()) return { sources: [], src: original, fullSize: original, ...size };
  // The role's widths that do not enlarge the original, topped by the original's own width where it falls between
  // (the widths ascend: where one is left out, the original is narrower than the widest).
  const wanted = ROLE_LAYOUTS[role].widths;
  const kept = wanted.filter((width) => width < source.width);
  const widths = kept.length < wanted.length ? [...kept, source.width] : kept;
  const srcSet = (format: OutputFormat) =>
    widths.map((width) => `${processedUrl(source, width, format)} ${width}w`).join(", ");
  const largest = widths.at(-1) ?? source.width;
  return {
    sources:
      source.fallback === MODERN_FORMAT.format
        ? []
        : [{ type: MODERN_FORMAT.type, srcSet: srcSet(MODERN_FORMAT.format) }],
    src: processedUrl(source, largest, source.fallback),
    srcSet: srcSet(source.fallback),
    sizes: ROLE_LAYOUTS[role].sizes,
    fullSize: original,
    ...size,
  };
}

/** The width of the full-size version of an original this wide and tall. */
export function fullSizeWidth(source: Pick<ImageSource, "width" | "height">): number {
  const scale = Math.min(1, FULL_SIZE_MAX / Math.max(source.width, source.height));
  return Math.round(source.width * scale);
}

const PROCESSED = new RegExp(`^${PROCESSED_PATH}([0-9a-f]{16})/[a-z0-9-]+-(\\d+)\\.(avif|webp|jpg|png)$`);

function processedUrl(source: ImageSource, width: number, format: OutputFormat): string {
  return sitePathUrl(`${PROCESSED_PATH}${source.key}/${source.stem}-${width}.${format}`);
}

/** Reads a processed file's site path back into its original's key, width and format; undefined for other paths. */
export function parseProcessedPath(sitePath: string): { key: string; width: number; format: OutputFormat } | undefined {
  const [, key, width, format] = PROCESSED.exec(sitePath) ?? [];
  return key && width && format ? { key, width: Number(width), format: format as OutputFormat } : undefined;
}
