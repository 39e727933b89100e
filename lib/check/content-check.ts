import { existsSync } from "node:fs";
import type { ContentProblem } from "../content/content-error";
import { publicFile } from "../public-files";
import { checkPublicClashes, checkPublicFiles } from "./public-file-checks";
import {
  markWarningsReported,
  readPostCollection,
  showDrafts,
  type Post,
  type PostCollection,
} from "../collection/posts";
import { checkPagePermalinks } from "../pages/page-conflicts";
import { checkPageData } from "../pages/page-data-checks";
import { readPageCollection, type SitePage } from "../pages/pages";
import { normaliseSitePath, pathKey } from "../content/path-syntax";
import { checkRedirectsOf, getRedirectTable } from "../redirects/redirects";
import { getSitePaths } from "../lists/site-paths";

/** The result of checking every post and page: both, their problems, and whether links could be checked. */
export type ContentCheck = PostCollection & { pages: readonly SitePage[]; linksChecked: boolean };

/**
 * Everything `npm run check` and the build check: each post and page, the whole collection, the files of
 * public/, redirects, then every link to a site path. Links are checked once the rest has no error, since
 * the site's pages depend on valid posts and pages.
 */
export function checkContent(): ContentCheck {
  const collection = readPostCollection();
  const { posts } = collection;
  const { pages, problems: pageProblems } = readPageCollection();
  // This check prints every problem itself; the redirect and link checks below read the posts again.
  markWarningsReported([...collection.problems, ...pageProblems]);
  const reserved = {
    posts: new Map(posts.map((post) => [pathKey(post.url), post.file])),
  };
  const contentProblems = [
    ...collection.problems,
    ...pageProblems,
    ...checkPagePermalinks(pages, reserved),
    ...checkPageData(pages),
  ];
  const valid = !contentProblems.some((problem) => problem.severity === "error");
  // Clashes with the site's own files need its pages, so valid posts and pages, as redirects do.
  const refused = checkPublicFiles();
  const reported = new Set(refused.map((problem) => problem.file));
  const publicFiles = [...refused, ...(valid ? checkPublicClashes(undefined, reported) : [])];
  const problems = [...contentProblems, ...publicFiles, ...(valid ? checkRedirectsOf(collection) : [])];
  if (problems.some((problem) => problem.severity === "error")) {
    return { posts, pages, problems: inFileOrder(problems), linksChecked: false };
  }
  const redirectPaths = getRedirectTable().map((redirect) => redirect.from);
  const broken = findUnresolvedLinks([...posts, ...pages], new Set([...getSitePaths(), ...redirectPaths]));
  return { posts, pages, problems: inFileOrder([...problems, ...broken]), linksChecked: true };
}

/** The closing line of `npm run check`: what was checked, and how many errors and warnings it found. */
export function formatCheckSummary({ posts, pages, problems, linksChecked }: ContentCheck): string {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  return (
    `${posts.length} posts${pages.length > 0 ? ` and ${pages.length} pages` : ""} checked: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.` +
    (linksChecked ? "" : " Links to site pages are checked once these errors are fixed.")
  );
}

function inFileOrder(problems: ContentProblem[]): ContentProblem[] {
  return problems.toSorted((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Links in published posts and pages to site paths that are neither a page or redirect in `targets` nor a file in public/. */
function findUnresolvedLinks(
  posts: readonly Pick<Post, "file" | "published" | "internalLinks">[],
  targets: ReadonlySet<string>,
): ContentProblem[] {
  return posts
    .filter((post) => post.published || showDrafts())
    .flatMap((post) =>
      post.internalLinks
        .filter((link) => !linkResolves(link.path, targets))
        .map((link) => ({
          file: post.file,
          line: link.line,
          field: link.field ?? "body",
          message: `the link to ${link.path} leads to no page of this site`,
          expected: "a path the site serves, such as /posts/<slug>/ or /tags/<tag>/, or a file in public/",
          severity: "error" as const,
        })),
    );
}

function linkResolves(href: string, targets: ReadonlySet<string>): boolean {
  const path = normaliseSitePath(href).replace(/\/index\.html$/, "/");
  if (targets.has(path)) return true;
  return existsSync(publicFile(path.endsWith("/") ? `${path}index.html` : path));
}
