import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../content/content-error";
import { pathKey } from "../content/path-syntax";
import type { SitePage } from "./page-file";

/** What a page's permalink may not take: the site's routes and posts. */
export type ReservedPaths = {
  /** First path segments that belong to a route of the site ("posts", "tags", ...), compared without case. */
  routeSegments: ReadonlySet<string>;
  /** Every post's own path, with the file that owns it. */
  posts: ReadonlyMap<string, string>;
};

// Served by the home route's pagination (/page/2/) and by post-export steps, not by folders of app/.
const BUILD_SEGMENTS = ["page", "og", "pagefind", "js", "_next"];

/** The first path segments the site's routes use: every plain folder of app/, and what the build writes. */
export function getRouteSegments(appDirectory = path.resolve("app")): ReadonlySet<string> {
  const folders = existsSync(appDirectory)
    ? readdirSync(appDirectory, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !/^[[(_@]/.test(entry.name))
        .map((entry) => entry.name)
    : [];
  return new Set([...folders, ...BUILD_SEGMENTS].map(pathKey));
}

/**
 * Every permalink that cannot be served as the page asks: two pages on one path, the home page, a path
 * under one of the site's routes, or a post's own page. Redirects are checked by lib/redirects/redirects.ts.
 */
export function checkPagePermalinks(pages: readonly SitePage[], reserved: ReservedPaths): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, SitePage>();
  for (const page of pages) {
    // A short link is no page but an entry of the redirect table, checked there against every page of the site:
    // an old Jekyll archive page at /archive/meetup/ may lead to /tags/meetup/.
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
    const [segment] = page.permalink.split("/").filter(Boolean);
    const post = reserved.posts.get(key);
    if (segment === undefined) report(`"/" is the home page`, "a path such as /about/");
    else if (post) report(`"${page.permalink}" is the page of ${post}`, "a path no post uses, such as /about/");
    else if (reserved.routeSegments.has(pathKey(segment)))
      report(
        `"${page.permalink}" is under /${segment}/, which the site's own pages use`,
        `a path outside ${[...reserved.routeSegments].map((name) => (name.includes(".") ? `/${name}` : `/${name}/`)).join(", ")}`,
      );
  }
  return problems;
}
