/**
 * What a path of this site looks like, for every folder that compares or checks paths (posts, pages,
 * redirects, links): pure functions of the text, below everything that reads the site.
 */

/**
 * One segment of an old path: letters, digits and `- . _ ~`, not starting with `.` or `_` (hidden and
 * host files such as _redirects). Nothing here is special to Next's path patterns or to _redirects files,
 * and nothing can climb out of the export folder.
 */
const SEGMENT = "[A-Za-z0-9~-][A-Za-z0-9._~-]*";
const FROM_PATH = new RegExp(`^/(?:${SEGMENT}/)*(?:${SEGMENT}\\.html?)?$`);

/** What an old path must look like, for error messages. */
export const FROM_PATH_EXPECTED = "a site path such as /old-url/ or /old-page.html, of letters, digits and - . _ ~";

/** A path as the site would serve it: leading slash, trailing slash unless it names a file, no query or hash. */
export function normaliseSitePath(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? "";
  const leading = bare.startsWith("/") ? bare : `/${bare}`;
  const last = leading.split("/").pop() ?? "";
  return last.includes(".") || leading.endsWith("/") ? leading : `${leading}/`;
}

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
