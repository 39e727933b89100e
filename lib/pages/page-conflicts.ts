import type { ContentProblem } from "../content/content-error";
import { pathKey } from "../content/path-syntax";
import type { SitePage } from "./page-file";
import { findOwnedPath } from "../paths/owned-paths";

/** Permalinks that cannot be served: two pages on one path, the home page, a route's path, a post's (`postPaths`). */
export function checkPagePermalinks(
  pages: readonly SitePage[],
  postPaths: ReadonlyMap<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, SitePage>();
  for (const page of pages) {
    // A short link is an entry of the redirect table, checked there: /archive/meetup/ may lead to /tags/meetup/.
    if (page.redirect_to) continue;
    const line = page.lines.permalink ?? 1;
    const field = page.lines.permalink ? "permalink" : "file name";
    const report = (message: string, expected: string) =>
      problems.push({ file: page.file, line, field, message, expected, severity: "error" });
    const key = pathKey(page.permalink);
    const first = seen.get(key);
    if (first) {
      report(`"${page.permalink}" is also the permalink of ${first.file}`, "one page per path: change one permalink");
      continue;
    }
    seen.set(key, page);
    const post = postPaths.get(key);
    const owned = findOwnedPath(page.permalink, "page");
    if (page.permalink === "/") report(`"/" is the home page`, "a path such as /about/");
    else if (post) report(`"${page.permalink}" is the page of ${post}`, "a path no post uses, such as /about/");
    else if (owned)
      report(`"${page.permalink}" takes ${owned}`, "a path the site does not use itself, such as /about/");
  }
  return problems;
}
