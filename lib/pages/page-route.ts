import { getContentPages, getPageByPermalink, type SitePage } from "./pages";
import { permalinkSegments, segmentsPermalink } from "./permalinks";

/** Static params for the root catch-all: one per content page, its permalink as segments. */
export function getPageParams(): { page: string[] }[] {
  return getContentPages().map((page) => ({ page: permalinkSegments(page.permalink) }));
}

/** The content page a root catch-all's segments name, if any; undefined for the home page and its pagination. */
export function getPageForSegments(segments: readonly string[] | undefined): SitePage | undefined {
  if (!segments || segments.length === 0) return undefined;
  return getPageByPermalink(segmentsPermalink(segments));
}
