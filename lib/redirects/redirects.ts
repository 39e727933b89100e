import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../content/content-error";
import { getAllSitePages } from "../pages/pages";
import type { SitePage } from "../pages/page-file";
import { getAllPostsIncludingHidden, type Post, type PostCollection } from "../collection/posts";
import { findTargetProblem, TARGET_EXPECTED } from "./redirect-chains";
import { isHttpUrl, splitSiteTarget } from "./redirect-paths";
import { expandPostPermalink } from "./jekyll-permalinks";
import { FROM_PATH_EXPECTED, normaliseFromPath, pathKey } from "../content/path-syntax";
import { listPublicFiles, shownPath } from "../public-files";
import { postPath, site } from "../site";
import {
  addFile,
  describeOverlongPath,
  fileOfSitePath,
  findFileClash,
  getSiteFiles,
  indexFiles,
  PATH_LENGTH_EXPECTED,
  type FileIndex,
} from "../lists/site-files";
import { env } from "../env";
import { getSitePaths } from "../lists/site-paths";

/** Where a redirect was declared: a post's or a page's front matter, a file name, or the settings file. */
export type RedirectSource = { file: string; line: number; field: string };

/** One entry of the redirect table: requests for `from` go to `to`. */
export type Redirect = {
  /** The old path, without base path: leading slash, trailing slash unless it names an .html file, case kept. */
  from: string;
  /** A site path without base path, or an absolute http(s) URL. */
  to: string;
  source: RedirectSource;
  /** A post's URL as its file name spells it (`/posts/Foo-Bar/`): a redirect page, no rule for case-blind hosts. */
  letterCaseOnly?: boolean;
};

/** What the table is built from; `getRedirectTable()` passes the site's own posts, pages and settings. */
export type RedirectInput = {
  posts: readonly (Pick<Post, "file" | "slug" | "date" | "url" | "redirect_from" | "redirect_to" | "lines"> &
    Partial<Pick<Post, "nameSlug" | "categories" | "category">>)[];
  /** Pages: their redirect_from, and short links (a permalink with redirect_to). */
  pages?: readonly Pick<SitePage, "file" | "permalink" | "redirect_from" | "redirect_to" | "lines">[];
  /** Every page the site builds (lib/lists/site-paths.ts). */
  sitePaths: ReadonlySet<string>;
  siteRedirects: Readonly<Record<string, string>>;
  legacyPermalinks: string | boolean;
  /** The settings file, to point errors in site-level redirects at their line. */
  settingsFile: { path: string; text: string };
  /** Every other file of the export (pages, feeds, public/), which no redirect page may overwrite. */
  exportFiles?: FileIndex;
};

type Candidate = Redirect & { rawFrom: string };

/** Build the one redirect table from posts, pages and settings, with every problem that must stop the build. */
export function buildRedirects(input: RedirectInput): { redirects: Redirect[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (source: RedirectSource, message: string, expected: string) =>
    problems.push({ ...source, message, expected, severity: "error" });
  const pageOwners = new Map([
    ...input.posts.map((post) => [pathKey(post.url), post.file] as const),
    ...(input.pages ?? [])
      .filter((page) => !page.redirect_to)
      .map((page) => [pathKey(page.permalink), page.file] as const),
  ]);
  const pages = new Set([...input.sitePaths].map(pathKey));
  const table = new Map<string, Redirect>();

  for (const { source, from, to, rawFrom } of collectCandidates(input)) {
    if (!from) {
      report(source, `"${rawFrom}" is not a path on this site`, FROM_PATH_EXPECTED);
      continue;
    }
    const first = table.get(pathKey(from));
    if (first) {
      if (first.source.file === source.file && first.to === to) continue;
      const spelling = first.from === from ? "" : ` as "${first.from}"`;
      report(
        source,
        `"${from}" is also claimed by ${first.source.file}:${first.source.line}${spelling}`,
        "each old path can redirect to one place: keep it in one file",
      );
      continue;
    }
    table.set(pathKey(from), { from, to, source });
    const overlong = describeOverlongPath(from);
    const file = fileOfSitePath(from);
    const clash = input.exportFiles && findFileClash(file, input.exportFiles, "redirect");
    const page = `the redirect page of "${from}" (${source.file}:${source.line})`;
    if (input.exportFiles && !clash) addFile(input.exportFiles, file, page);
    if (pages.has(pathKey(from))) {
      const owner = pageOwners.get(pathKey(from));
      report(
        source,
        `"${from}" is a page of this site${owner ? `, the page of ${owner}` : ""}`,
        "a path no page uses: a redirect there would hide the page",
      );
    } else if (overlong) {
      report(source, `"${from}" ${overlong}`, PATH_LENGTH_EXPECTED);
    } else if (clash) {
      report(
        source,
        `"${from}" needs a redirect page where the export has ${clash}`,
        "an old path no file of the site uses",
      );
    } else if (!isHttpUrl(to) && !splitSiteTarget(to)) {
      report(source, `target "${to}" is neither a site path nor an http(s) URL`, TARGET_EXPECTED);
    }
  }
  const redirects = [...table.values()];
  for (const redirect of redirects) {
    const problem = findTargetProblem(redirect, table, input.sitePaths);
    if (problem) report(redirect.source, ...problem);
  }
  return { redirects: [...redirects, ...collectCaseAliases(input)], problems };
}

// A file named with capitals keeps its old spelling: /posts/Foo-Bar/ leads to /posts/foo-bar/. The two paths
// differ only in letter case, so they stay out of the table, where paths are matched as a Next server would.
function collectCaseAliases(input: RedirectInput): Redirect[] {
  return input.posts
    .filter((post) => post.nameSlug && post.nameSlug !== post.slug && normaliseFromPath(postPath(post.nameSlug)))
    .map((post) => ({
      from: postPath(post.nameSlug ?? post.slug),
      to: post.redirect_to ?? post.url,
      source: { file: post.file, line: 1, field: "file name" },
      letterCaseOnly: true,
    }));
}

function collectCandidates(input: RedirectInput): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (rawFrom: string, to: string, source: RedirectSource) =>
    candidates.push({ rawFrom, from: normaliseFromPath(rawFrom) ?? "", to: to.trim(), source });

  const settingsLines = input.settingsFile.text.split("\n");
  for (const [from, to] of Object.entries(input.siteRedirects)) {
    const found = [`"${from}"`, `'${from}'`, `${from}:`, "redirects:"]
      .map((needle) => settingsLines.findIndex((line) => line.includes(needle)))
      .find((index) => index !== -1);
    add(from, to, { file: input.settingsFile.path, line: (found ?? 0) + 1, field: `redirects["${from}"]` });
  }
  // Old paths of a post or page that moved go straight to where it went; a short link is an entry, never a page.
  const addMoves = (item: Pick<Post, "file" | "redirect_from" | "redirect_to" | "lines">, path: string) => {
    const final = item.redirect_to ?? path;
    const line = (field: string) => item.lines[field] ?? 1;
    if (item.redirect_to) add(path, final, { file: item.file, line: line("redirect_to"), field: "redirect_to" });
    item.redirect_from.forEach((from, index) =>
      add(from, final, {
        file: item.file,
        line: item.lines[`redirect_from[${index}]`] ?? line("redirect_from"),
        field: "redirect_from",
      }),
    );
    return final;
  };
  for (const post of input.posts) {
    const final = addMoves(post, post.url);
    if (input.legacyPermalinks)
      add(expandPostPermalink(input.legacyPermalinks, { ...post, nameSlug: post.nameSlug ?? post.slug }), final, {
        file: post.file,
        line: 1,
        field: "legacy permalink",
      });
  }
  for (const page of input.pages ?? []) addMoves(page, page.permalink);
  return candidates;
}

function siteRedirectInput(): RedirectInput {
  const settingsFile = path.join(env.siteDir, "site.yml");
  // Only the line numbers in error messages need the file's text; without it they are 1.
  const text = existsSync(settingsFile) ? readFileSync(settingsFile, "utf8") : "";
  return {
    posts: getAllPostsIncludingHidden(),
    pages: getAllSitePages(),
    sitePaths: getSitePaths(),
    siteRedirects: site.redirects,
    legacyPermalinks: site.legacyPermalinks,
    settingsFile: { path: shownPath(settingsFile), text },
    exportFiles: indexFiles([...getSiteFiles(), ...listPublicFiles().map((file) => file.sitePath)]),
  };
}

/** Every problem with the site's redirects, for the check and the build; none until the posts have no errors. */
export function checkRedirectsOf(collection: PostCollection): ContentProblem[] {
  // Redirects are checked against the pages the site builds, which need valid posts to be known.
  if (collection.problems.some((problem) => problem.severity === "error")) return [];
  return buildRedirects(siteRedirectInput()).problems;
}

/** The site's redirect table, the one source for redirect pages, _redirects and Next's redirects(). */
export function getRedirectTable(): Redirect[] {
  const { redirects, problems } = buildRedirects(siteRedirectInput());
  if (problems.length > 0) throw new ContentError(problems);
  return redirects;
}

/** The table as entries for Next's `redirects()` in server mode: permanent, so each old path answers 308. */
export function getNextRedirects(): { source: string; destination: string; permanent: true }[] {
  // Next matches redirects whatever their letter case: a case-only alias would lead its own page to itself.
  return getRedirectTable()
    .filter((redirect) => !redirect.letterCaseOnly)
    .map(({ from, to }) => ({
      source: from,
      // Next reads destinations as path patterns: characters that mean something there are escaped.
      destination: to.replace(
        /^(https?:\/\/[^/]*)?(.*)$/is,
        (_, origin = "", rest: string) => `${origin}${rest.replace(/[:()*+{}]/g, "\\$&")}`,
      ),
      permanent: true,
    }));
}
