import { env } from "../env";
import type { ContentProblem } from "../content/content-error";
import { checkPublicClashes, checkPublicFiles } from "./public-file-checks";
import { markProblemsReported, readPostCollection } from "../collection/posts";
import { checkPagePermalinks } from "../pages/page-conflicts";
import { checkPageData } from "../pages/data-files";
import { readPageCollection } from "../pages/pages";
import { pathKey } from "../content/path-syntax";
import { findBrokenLinks, POSTS_PREFIX, postLinkTargets } from "./broken-links";
import { checkRedirectsOf, getRedirectTable } from "../redirects/redirects";
import { getSitePaths } from "../lists/site-paths";
import { readSiteSettings } from "../settings/read-site-settings";
import { findPlaceholders } from "./placeholders";
import { plural } from "../plural";

/**
 * Everything `npm run check` and the build check: every post and page, their problems, how many files of each
 * were read, and whether every link was checked. While anything else has an error, only links to posts are
 * checked (every post file will have a page): the site's other pages depend on valid posts and pages.
 */
export function checkContent() {
  const collection = readPostCollection();
  const { posts } = collection;
  const { pages, problems: pageProblems } = readPageCollection();
  // This check prints every problem itself; the redirect and link checks below read the posts again.
  markProblemsReported([...collection.problems, ...pageProblems]);
  const files = { posts: countFiles(posts, collection.problems), pages: countFiles(pages, pageProblems) };
  const settings = readSiteSettings(env.siteDir);
  const contentProblems = [
    ...settings.problems,
    ...findPlaceholders([settings.file, ...pages.map((page) => page.file)]),
    ...collection.problems,
    ...pageProblems,
    ...checkPagePermalinks(pages, new Map(posts.map((post) => [pathKey(post.url), post.file]))),
    ...checkPageData(pages),
  ];
  const valid = !contentProblems.some((problem) => problem.severity === "error");
  // Clashes with the site's own files need its pages, so valid posts and pages, as redirects do.
  const refused = checkPublicFiles();
  const reported = new Set(refused.map((problem) => problem.file));
  const publicFiles = [...refused, ...(valid ? checkPublicClashes(reported) : [])];
  const problems = [...contentProblems, ...publicFiles, ...(valid ? checkRedirectsOf(collection) : [])];
  const linksChecked = !problems.some((problem) => problem.severity === "error");
  const broken = linksChecked
    ? findBrokenLinks([...posts, ...pages], new Set([...getSitePaths(), ...getRedirectTable().map(({ from }) => from)]))
    : findBrokenLinks([...posts, ...pages], postLinkTargets(posts, pages, collection.problems), (path) =>
        path.startsWith(POSTS_PREFIX),
      );
  const inFileOrder = [...problems, ...broken].toSorted((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { posts, pages, files, problems: inFileOrder, linksChecked };
}

/** The closing line of `npm run check`: what was checked, and how many errors and warnings it found. */
export function formatCheckSummary({ files, problems, linksChecked }: ReturnType<typeof checkContent>): string {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const checked = `${plural(files.posts, "post")}${files.pages > 0 ? ` and ${plural(files.pages, "page")}` : ""}`;
  return (
    `${checked} checked: ${plural(errors, "error")}, ${plural(problems.length - errors, "warning")}.` +
    (linksChecked ? "" : " Links to posts were checked; links to other pages are checked once these errors are fixed.")
  );
}

function countFiles(read: readonly { file: string }[], problems: readonly ContentProblem[]): number {
  return new Set([...read, ...problems].map(({ file }) => file)).size;
}
