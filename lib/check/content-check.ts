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
import { checkRedirectsOf, getRedirectTable } from "../redirects/redirects";
import { getSitePaths, normaliseSitePath } from "../lists/site-paths";

/** The result of checking every post: the collection, its problems, and whether links could be checked. */
export type ContentCheck = PostCollection & { linksChecked: boolean };

/**
 * Everything `npm run check` and the build check: each post, the whole collection, the files of public/,
 * redirects, then every link to a site path. Links are checked once the rest has no error, since the
 * site's pages depend on valid posts.
 */
export function checkContent(): ContentCheck {
  const collection = readPostCollection();
  const { posts } = collection;
  // This check prints every problem itself; the redirect and link checks below read the posts again.
  markWarningsReported(collection.problems);
  const valid = !collection.problems.some((problem) => problem.severity === "error");
  // Clashes with the site's own files need its pages, so valid posts, as redirects do.
  const refused = checkPublicFiles();
  const reported = new Set(refused.map((problem) => problem.file));
  const publicFiles = [...refused, ...(valid ? checkPublicClashes(undefined, reported) : [])];
  const problems = [...collection.problems, ...publicFiles, ...checkRedirectsOf(collection)];
  if (problems.some((problem) => problem.severity === "error")) {
    return { posts, problems: inFileOrder(problems), linksChecked: false };
  }
  const redirectPaths = getRedirectTable().map((redirect) => redirect.from);
  const broken = findUnresolvedPostLinks(posts, new Set([...getSitePaths(), ...redirectPaths]));
  return { posts, problems: inFileOrder([...problems, ...broken]), linksChecked: true };
}

function inFileOrder(problems: ContentProblem[]): ContentProblem[] {
  return problems.toSorted((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Links in published posts to site paths that are neither a page or redirect in `targets` nor a file in public/. */
function findUnresolvedPostLinks(posts: readonly Post[], targets: ReadonlySet<string>): ContentProblem[] {
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
