/**
 * How the site's photos are encoded and which widths each place on a page asks for. The widths and
 * `sizes` follow app/globals.css: change one, change the other.
 */

/** Where a photo is shown, which decides the widths it is encoded at and the `sizes` it is offered with. */
export type ImageRole = "body" | "gallery" | "card" | "speaker" | "speaker-profile" | "logo";

type RoleLayout = { widths: readonly number[]; sizes: string };

// Body photos and the header image fill the text column: 44rem at most (--page in app/globals.css),
// else the viewport less 2rem. 1080 serves a 390-px phone at DPR 3, 1440 a full column at DPR 2.
const COLUMN = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";
const PHOTO_WIDTHS = [360, 720, 1080, 1440];
const SMALL_WIDTHS = [180, 360, 720];

/** Each role's widths (never above the original's) and `sizes`, as app/globals.css lays it out. */
export const ROLE_LAYOUTS: Record<ImageRole, RoleLayout> = {
  body: { widths: PHOTO_WIDTHS, sizes: COLUMN },
  // .gallery: two columns with a 0.75rem gap, three from 34rem on.
  gallery: {
    widths: PHOTO_WIDTHS,
    sizes: "(min-width: 46rem) 13.5rem, (min-width: 34rem) calc((100vw - 3.5rem) / 3), calc((100vw - 2.75rem) / 2)",
  },
  // .card .cover: a 6rem square beside the text on a phone; from 48rem the card's width in a grid of two
  // columns (1.5rem apart), of three from 64rem, in a 72rem page.
  card: {
    widths: [180, 360, 720, 1080],
    sizes:
      "(min-width: 72rem) 22.4rem, (min-width: 64rem) calc((100vw - 5rem) / 3), (min-width: 48rem) calc((100vw - 3.5rem) / 2), 6rem",
  },
  // .speaker-photo img: 8rem, 5rem on a phone; 12rem on a speaker's own page.
  speaker: { widths: SMALL_WIDTHS, sizes: "(max-width: 34rem) 5rem, 8rem" },
  "speaker-profile": { widths: SMALL_WIDTHS, sizes: "12rem" },
  // .sponsor-logo: 10rem wide.
  logo: { widths: SMALL_WIDTHS, sizes: "10rem" },
};

/** The largest side of the full-size version a photo links to; an original above it is not published as it is. */
export const FULL_SIZE_MAX = 2560;

/** Where processed files are published, below the base path (under /images/, so they get its headers). */
export const PROCESSED_PATH = "/images/processed/";

/** The formats offered before the fallback, best first, with their MIME types. */
export const MODERN_FORMATS = [
  { format: "avif", type: "image/avif" },
  { format: "webp", type: "image/webp" },
] as const;

/** An output format: the modern ones, or a fallback in the original's. */
export type OutputFormat = "avif" | "webp" | "jpg" | "png";

/** The encoder settings; part of every processed file's name, so changing them renames (and re-encodes) all. */
export const ENCODER_SETTINGS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 72, effort: 4 },
  jpg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 9, effort: 7 },
  full: { jpg: { quality: 86, mozjpeg: true } },
  version: 1,
} as const;

/** Editors are warned about originals larger than these: they make slow builds and heavy repositories. */
export const EDITOR_LIMITS = { bytes: 8_000_000, pixels: 6000 } as const;
