/** How the site's photos are encoded and which widths each place asks for: follows app/globals.css. */

/** Where a photo is shown, which decides the widths it is encoded at and the `sizes` it is offered with. */
export type ImageRole = "body" | "gallery" | "card" | "speaker" | "speaker-profile" | "logo";

// Each role's widths cover its box at DPR 1 to 3 on a phone and a desktop within about 1.5× (docs/performance.md,
// "Photos"): a width no browser picks is a file encoded for nobody. Body photos fill the 44rem text column.
const COLUMN = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";
const SMALL_WIDTHS = [180, 360, 720];

/** Each role's widths (never above the original's) and `sizes`, as app/globals.css lays it out. */
export const ROLE_LAYOUTS: Record<ImageRole, { widths: readonly number[]; sizes: string }> = {
  body: { widths: [360, 720, 1080, 1440], sizes: COLUMN },
  // .gallery: two or three columns; 1,080 also fills the viewer (lib/browser/gallery-viewer.ts) on a phone at DPR 3.
  gallery: {
    widths: [360, 720, 1080],
    sizes: "(min-width: 46rem) 13.5rem, (min-width: 34rem) calc((100vw - 3.5rem) / 3), calc((100vw - 2.75rem) / 2)",
  },
  // .card .cover: a 6rem square on a phone; from 48rem a card's width in a grid of two, from 64rem of three.
  card: {
    widths: [180, 360, 720, 1080],
    sizes:
      "(min-width: 72rem) 22.4rem, (min-width: 64rem) calc((100vw - 5rem) / 3), (min-width: 48rem) calc((100vw - 3.5rem) / 2), 6rem",
  },
  // .speaker-photo img: 8rem, 5rem on a phone; 10rem on a speaker's own page.
  speaker: { widths: SMALL_WIDTHS, sizes: "(max-width: 34rem) 5rem, 8rem" },
  "speaker-profile": { widths: SMALL_WIDTHS, sizes: "10rem" },
  // .sponsor-logo: 10rem wide.
  logo: { widths: SMALL_WIDTHS, sizes: "10rem" },
};

/** The largest side of the full-size version a photo links to; an original above it is not published as it is. */
export const FULL_SIZE_MAX = 2560;

/** Where processed files are published, below the base path (under /images/, so they get its headers). */
export const PROCESSED_PATH = "/images/processed/";

/** The one format offered before the fallback: WebP copies would serve only the ~2 % of visits without AVIF. */
export const MODERN_FORMAT = { format: "avif", type: "image/avif" } as const;

/** An output format: AVIF, or a fallback in the original's. */
export type OutputFormat = "avif" | "webp" | "jpg" | "png";

/**
 * Chosen by size against encode time on real photos (docs/performance.md, "Photos"): AVIF effort 1 is as small
 * as 2 in half the time; libjpeg-turbo is 4–5× faster than mozjpeg for 10–20 % more bytes few readers download.
 */
export const ENCODER_SETTINGS = {
  avif: { quality: 50, effort: 1 },
  webp: { quality: 72, effort: 4 },
  jpg: { quality: 78, mozjpeg: false },
  png: { compressionLevel: 9, effort: 7 },
  /** The full-size copy a photo links to, in its original's format. */
  fullJpg: { quality: 82, mozjpeg: false },
};

/** How a set of outputs is encoded; part of every processed file's key, so changing it re-encodes. */
export type EncoderSettings = typeof ENCODER_SETTINGS;

/** A content pull request's preview of photos it did not change: AVIF in a third of the time, never deployed. */
export const PREVIEW_SETTINGS: EncoderSettings = { ...ENCODER_SETTINGS, avif: { quality: 50, effort: 0 } };

/** Editors are warned about originals larger than these: they make slow builds and heavy repositories. */
export const EDITOR_LIMITS = { bytes: 8_000_000, pixels: 6000 } as const;
