import { site } from "../site";

/** Split a list into pages of the site's page size; page numbers start at 1. */
export function paginate<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * site.postsPerPage, page * site.postsPerPage);
}

/** How many pages a list of this length makes. */
export function countPages(length: number): number {
  return Math.max(1, Math.ceil(length / site.postsPerPage));
}

/** The path of page `page` of a list at `base` ("/", "/tags/x/"): page 1 is the base itself, never /page/1/. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** Static params for an optional catch-all `[[...page]]` list route: [] for page 1, then ["page", "2"], ... */
export function pageParams(length: number): string[][] {
  return Array.from({ length: countPages(length) }, (_, index) => (index === 0 ? [] : ["page", String(index + 1)]));
}

/** Read the page number back from a `[[...page]]` segment list; undefined for anything that is not a real page. */
export function parsePageParam(segments: readonly string[] | undefined, length: number): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const page = Number(segments[1]);
  const real = segments.length === 2 && segments[0] === "page" && Number.isInteger(page) && page >= 2;
  return real && page <= countPages(length) ? page : undefined;
}
