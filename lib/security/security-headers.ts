import { REDIRECT_SCRIPT_CSP_HASH } from "../redirects/redirect-script";
import { EMBED_HOSTS } from "../markdown/sanitize-schema";

/** One HTTP response header, in the shape Next's `headers()` takes. */
export type Header = { key: string; value: string };

type Policy = Record<string, readonly string[]>;

// Besides inline scripts: 'wasm-unsafe-eval' for the search engine (Pagefind, WebAssembly); no eval of scripts.
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

// Next's server puts different inline scripts on each page and sets headers before rendering: its header allows
// them. The export allows the redirect pages' one script by hash, and each page pins its own in a <meta> (pagePolicy).
const INLINE_SCRIPTS: Record<"export" | "server", readonly string[]> = {
  export: [REDIRECT_SCRIPT_CSP_HASH],
  server: ["'unsafe-inline'"],
};

// Every page's policy but inline scripts; a <meta> can give all of it, for hosts without _headers (GitHub Pages).
const SITE_POLICY: Policy = {
  "default-src": ["'self'"],
  "script-src": SCRIPT_SOURCES,
  "style-src": ["'self'"],
  // PhotoEmbed sizes remote photos with a style attribute; the sanitizer keeps style out of posts.
  "style-src-attr": ["'unsafe-inline'"],
  // Remote photos (old posts use pbs.twimg.com) and data:image in posts.
  "img-src": ["'self'", "https:", "data:"],
  "media-src": ["'self'", "https:"],
  // 'self': a PDF of the site's own, shown inline (lib/markdown/pdf-embeds.ts). The embed hosts exactly.
  "frame-src": ["'self'", ...EMBED_HOSTS.map((host) => `https://${host}`)],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

// Only a header can say this; a <meta> policy ignores it.
const HEADER_ONLY: Policy = { "frame-ancestors": ["'none'"] };

// Files under /images/ and SVGs are never pages: nothing in them may run, and the sandbox leaves nothing to reach.
const FILE_POLICY: Policy = {
  "default-src": ["'none'"],
  "img-src": ["'self'", "data:"],
  "style-src": ["'unsafe-inline'"],
  sandbox: [],
};

/** The path pattern, below the base path, whose files get FILE_HEADERS. */
export const IMAGE_PATH = "/images/";

/** The end of every file name that gets FILE_HEADERS wherever it is: SVG documents can hold scripts. */
export const SVG_EXTENSION = ".svg";

/** Headers every response carries, for the static export (out/) or `next start` (BUILD_MODE=server). */
export function securityHeaders(mode: keyof typeof INLINE_SCRIPTS): readonly Header[] {
  const policy = { ...SITE_POLICY, "script-src": [...SCRIPT_SOURCES, ...INLINE_SCRIPTS[mode]], ...HEADER_ONLY };
  return [
    { key: "Content-Security-Policy", value: serialise(policy) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ];
}

/** Headers added for files under /images/ and for every SVG. */
export const FILE_HEADERS: readonly Header[] = [{ key: "Content-Security-Policy", value: serialise(FILE_POLICY) }];

/** An exported page's <meta http-equiv> policy: the site policy, running only the inline scripts of these hashes. */
export function pagePolicy(scriptHashes: readonly string[]): string {
  return serialise({
    ...SITE_POLICY,
    "script-src": [...SCRIPT_SOURCES, ...scriptHashes.map((hash) => `'sha256-${hash}'`)],
  });
}

function serialise(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}
