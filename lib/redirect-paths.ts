import { expandPostPermalink, type PermalinkPost } from "./jekyll-permalinks";
import { site } from "./site";
import { normaliseSitePath } from "./site-paths";

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

/** A site-path target split into its normalised path and any query or #fragment it keeps. */
export function splitSiteTarget(value: string): { path: string; rest: string } | undefined {
  if (!value.startsWith("/") || value.startsWith("//")) return undefined;
  const cut = value.search(/[?#]/);
  const rest = cut === -1 ? "" : value.slice(cut);
  return { path: normaliseSitePath(value), rest };
}

/** The site path an absolute URL of this very site points at, so that chains through it are caught. */
export function ownSitePath(url: string): string | undefined {
  const origin = `${site.url}${site.basePath}/`.toLowerCase();
  return url.toLowerCase().startsWith(origin) ? normaliseSitePath(url.slice(origin.length - 1)) : undefined;
}

/**
 * A post's old Jekyll URL under the old site's `permalink` setting (true: "pretty", /:year/:month/:day/:title/),
 * on the calendar of the site's time zone, with the file name's capitals kept as Jekyll kept them.
 */
export function legacyPermalink(post: PermalinkPost, setting: string | true = true): string {
  return expandPostPermalink(setting, post);
}
