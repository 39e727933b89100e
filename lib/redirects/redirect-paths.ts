import { toDateKey } from "../content/dates";
import { site } from "../site";
import { normaliseSitePath } from "../lists/site-paths";

/**
 * One segment of an old path: letters, digits and `- . _ ~`, not starting with `.` or `_` (hidden and
 * host files such as _redirects). Nothing here is special to Next's path patterns or to _redirects files,
 * and nothing can climb out of the export folder.
 */
const SEGMENT = "[A-Za-z0-9~-][A-Za-z0-9._~-]*";
const FROM_PATH = new RegExp(`^/(?:${SEGMENT}/)*(?:${SEGMENT}\\.html?)?$`);
const HTTP_URL = /^https?:\/\/[^\s"'<>]+$/i;

/** What an old path must look like, for error messages. */
export const FROM_PATH_EXPECTED = "a site path such as /old-url/ or /old-page.html, of letters, digits and - . _ ~";

/**
 * An old path as the table keeps it: leading slash, trailing slash unless it names an .html file, letter
 * case as written; undefined when it cannot be a path of this site.
 */
export function normaliseFromPath(value: string): string | undefined {
  const trimmed = value.trim();
  if (/[?#\s]/.test(trimmed) || trimmed.startsWith("//") || trimmed.includes("://")) return undefined;
  const path = normaliseSitePath(trimmed);
  return FROM_PATH.test(path) ? path : undefined;
}

/** The key two paths share when a Next server would treat them as one: its route matching ignores case. */
export function pathKey(path: string): string {
  return path.toLowerCase();
}

/** True for an absolute http(s) URL, the only kind of target outside the site. */
export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/**
 * A site-path target split into its path, as a browser would request it (dot segments resolved, unreserved
 * characters decoded), and any query or #fragment it keeps.
 */
export function splitSiteTarget(value: string): { path: string; rest: string } | undefined {
  if (!value.startsWith("/") || value.startsWith("//")) return undefined;
  const cut = value.search(/[?#]/);
  const rest = cut === -1 ? "" : value.slice(cut);
  return { path: normaliseSitePath(resolvePath(cut === -1 ? value : value.slice(0, cut))), rest };
}

/**
 * The site path an absolute URL of this very site points at, however it is written (http or https, a
 * default port, letter case or a final dot in the host, dot segments), so that chains through it are caught.
 */
export function ownSitePath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const own = new URL(site.url);
  const host = (candidate: URL) => candidate.host.replace(/\.(?=:|$)/, "");
  if (!/^https?:$/.test(parsed.protocol) || host(parsed) !== host(own)) return undefined;
  const path = resolvePath(parsed.pathname);
  if (site.basePath && path !== site.basePath && !path.startsWith(`${site.basePath}/`)) return undefined;
  return normaliseSitePath(path.slice(site.basePath.length) || "/");
}

// A path as the server finds the file: "%2D" and the like decoded (never "%2F"), "." and ".." resolved.
function resolvePath(path: string): string {
  const decoded = path.replace(/%(2[DdEe]|5[Ff]|7[Ee]|3\d|[46][1-9A-Fa-f]|[57][0-9Aa])/g, (code) =>
    String.fromCharCode(Number.parseInt(code.slice(1), 16)),
  );
  return new URL(decoded, "http://site.invalid").pathname;
}

/** Jekyll's "pretty" permalink of a post, /:year/:month/:day/:slug/, on the calendar of the site's time zone. */
export function legacyPermalink(post: { date: Date; slug: string }): string {
  const [year, month, day] = toDateKey(post.date).split("-");
  return `/${year}/${month}/${day}/${post.slug}/`;
}
