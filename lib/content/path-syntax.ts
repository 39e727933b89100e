// What a path of this site looks like: pure functions of the text, for every folder that compares or checks paths.

// A segment of an old path: letters, digits and `- . _ ~`, not starting with . or _ (hidden files, _redirects):
// nothing special to Next's path patterns or to _redirects files, nothing that climbs out of the export folder.
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

/** An old path as the table keeps it (/old-url/ or /page.html, letter case as written), or undefined if it is none. */
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
