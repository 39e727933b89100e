/**
 * The file types public/ may hold: what a meetup's site publishes, each with the content type static hosts
 * (GitHub Pages, Netlify, Cloudflare Pages) serve it with. Anything else is refused by the check: a host may
 * serve an unknown type as something a browser renders (an .xhtml or .xsl runs scripts as XML) or runs.
 */
export const PUBLIC_FILE_TYPES: Readonly<Record<string, string>> = {
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".otf": "font/otf",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".ics": "text/calendar",
  ".json": "application/json",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".m4a": "audio/mp4",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".wav": "audio/wav",
  // The site's own kind of document: read for scripts before it is published, as SVG is.
  ".htm": "text/html",
  ".html": "text/html",
};

/** The types whose files a browser renders as documents, and that the check reads for scripts. */
export const SCANNED_TYPES: ReadonlySet<string> = new Set([".htm", ".html", ".svg"]);

/** The file type of a name as the table keys it (".jpg" for "IMG_1.JPG"), or undefined when it has none. */
export function fileTypeOf(name: string): string | undefined {
  const match = /(\.[^./]+)$/.exec(name);
  return match && match.index > 0 ? match[1]?.toLowerCase() : undefined;
}

/** The published types as editors read them, for error messages. */
export const PUBLIC_TYPES_EXPECTED = `a file type the site publishes: ${Object.keys(PUBLIC_FILE_TYPES).join(" ")}`;
