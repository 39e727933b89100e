/**
 * How the site's photos are encoded and which widths each place on a page asks for. The widths and
 * `sizes` follow app/globals.css: change one, change the other.
 */

/** Where a photo is shown, which decides the widths it is encoded at and the `sizes` it is offered with. */
export type ImageRole = "body" | "gallery" | "card" | "speaker" | "speaker-profile" | "logo";

type RoleLayout = { widths: readonly number[]; sizes: string };

// Each role's widths cover the pixels its box fills at DPR 1 to 3 on a 390-px phone and a desktop, each
// within about 1.5× (docs/performance.md, "Photos", has the table): a width no reader's browser picks is
// a file encoded for nobody.
// Body photos and the header image fill the text column: 44rem at most (--page in app/globals.css),
// else the viewport less 2rem: 358 to 1074 pixels on a phone, 704 to 2112 on a desktop.
const COLUMN = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";
const SMALL_WIDTHS = [180, 360, 720];

/** Each role's widths (never above the original's) and `sizes`, as app/globals.css lays it out. */
export const ROLE_LAYOUTS: Record<ImageRole, RoleLayout> = {
  body: { widths: [360, 720, 1080, 1440], sizes: COLUMN },
  // .gallery: two columns with a 0.75rem gap, three from 34rem on: 173 to 648 pixels. The viewer
  // (lib/browser/gallery-viewer.ts) shows the same files larger: 1,080 fills a phone at DPR 3 or a desktop's
  // 60rem dialog at DPR 1; "Full size" is there for more.
  gallery: {
    widths: [360, 720, 1080],
    sizes: "(min-width: 46rem) 13.5rem, (min-width: 34rem) calc((100vw - 3.5rem) / 3), calc((100vw - 2.75rem) / 2)",
  },
  // .card .cover: a 6rem square beside the text on a phone; from 48rem the card's width in a grid of two
  // columns (1.5rem apart), of three from 64rem, in a 72rem page.
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

/**
 * The one format offered before the fallback. Every browser that shows WebP but not AVIF (Safari 14–15, Edge
 * before 121: about 2 % of visits) gets the original format instead, so WebP copies would serve almost no one.
 */
export const MODERN_FORMAT = { format: "avif", type: "image/avif" } as const;

/** An output format: AVIF, or a fallback in the original's. */
export type OutputFormat = "avif" | "webp" | "jpg" | "png";

/**
 * What readers get, chosen by size against encode time on real photos (docs/performance.md, "Photos"): AVIF
 * at effort 1 is as small as at 2 in half the time; libjpeg-turbo is four to five times faster than mozjpeg
 * for 10–20 % more bytes, which only the few browsers without AVIF, and "Full size", download.
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

/**
 * A content pull request's preview of photos it did not change and no cache holds: the same files, AVIF
 * encoded in a third of the time for 10 % more bytes, never deployed (lib/images/source.ts decides).
 */
export const PREVIEW_SETTINGS: EncoderSettings = { ...ENCODER_SETTINGS, avif: { quality: 50, effort: 0 } };

/** Editors are warned about originals larger than these: they make slow builds and heavy repositories. */
export const EDITOR_LIMITS = { bytes: 8_000_000, pixels: 6000 } as const;
