import { EMBED_HOSTS } from "../markdown/sanitize-schema";

/** One HTTP response header, in the shape Next's `headers()` takes. */
export type Header = { key: string; value: string };

type Policy = Record<string, readonly string[]>;

// Where scripts may come from, besides the inline ones each policy allows in its own way.
// 'wasm-unsafe-eval': the search page's engine (Pagefind) is WebAssembly; it allows no eval of scripts.
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

// Every page's policy. Scripts: in server mode Next puts inline scripts on every page, different on each,
// and computes headers before it renders, so this header allows inline scripts. The static export pins
// each page's own inline scripts (after build/export/strip-client-runtime.ts, only a redirect page has one) by
// hash in a <meta http-equiv> policy (pagePolicy below, written by build/export/write-headers-file.ts); both
// policies apply, so there only the hashed scripts run.
const SITE_POLICY: Policy = {
  "default-src": ["'self'"],
  "script-src": [...SCRIPT_SOURCES, "'unsafe-inline'"],
  "style-src": ["'self'"],
  // PhotoEmbed sizes remote photos with a style attribute; the sanitizer keeps style out of posts.
  "style-src-attr": ["'unsafe-inline'"],
  // Remote photos (old posts use pbs.twimg.com) and data:image in posts.
  "img-src": ["'self'", "https:", "data:"],
  "media-src": ["'self'", "https:"],
  // 'self': a PDF of the site's own, shown inline (lib/markdown/pdf-embeds.ts).
  "frame-src": ["'self'", ...EMBED_HOSTS.flatMap((host) => [`https://${host}`, `https://*.${host}`])],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

// Files under /images/ are never pages: opened on their own (an SVG, say), nothing in them may run.
const IMAGE_POLICY: Policy = {
  "default-src": ["'none'"],
  "img-src": ["'self'", "data:"],
  "style-src": ["'unsafe-inline'"],
  sandbox: [],
};

/** The path pattern, below the base path, whose files get IMAGE_HEADERS. */
export const IMAGE_PATH = "/images/";

/** Headers every response carries, static export and server mode alike. */
export const SECURITY_HEADERS: readonly Header[] = [
  { key: "Content-Security-Policy", value: serialise(SITE_POLICY) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** Headers added for files under /images/. */
export const IMAGE_HEADERS: readonly Header[] = [{ key: "Content-Security-Policy", value: serialise(IMAGE_POLICY) }];

/** The <meta http-equiv> policy of one exported page: of inline scripts, only those with these hashes run. */
export function pagePolicy(scriptHashes: readonly string[]): string {
  return serialise({
    "script-src": [...SCRIPT_SOURCES, ...scriptHashes.map((hash) => `'sha256-${hash}'`)],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
  });
}

function serialise(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}
