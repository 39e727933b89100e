import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../content/content-error";
import { decodePath, shownPath } from "../public-files";
import { reportProblems } from "../collection/posts";
import { defaultPermalink } from "./permalinks";
import { pathKey } from "../content/path-syntax";
import { readPageFile, type PageRead, type SitePage } from "./page-file";
import { isSymbolicLink, symbolicLinkProblem } from "../content/symbolic-links";
import { env } from "../env";
import { site } from "../site";

/** Every page of the site, in file order, with the problems found while reading them. */
export type PageCollection = { pages: SitePage[]; problems: ContentProblem[] };

const cache = new Map<string, { signature: string; collection: PageCollection }>();

/** Read, validate and render every page once (again only when a file changes); a missing folder has none. */
export function readPageCollection(directory = env.pagesDir): PageCollection {
  if (!existsSync(directory)) return { pages: [], problems: [] };
  // Nothing behind a symbolic link is read: it could publish any file of the machine that builds the site.
  if (isSymbolicLink(directory)) return { pages: [], problems: [symbolicLinkProblem(directory)] };
  const files = listPageFiles(directory);
  // Pages are few: each file's mtime is cheap to read, and `next dev` shows an edit at once.
  const signature = files.map((file) => `${file}:${lstatSync(file).mtimeMs}`).join("|");
  const cached = cache.get(directory);
  if (cached?.signature === signature) return cached.collection;
  const results = files.map((file) => readPage(directory, file));
  const pages = results.flatMap(({ page }) => page ?? []);
  const collection = { pages, problems: results.flatMap(({ problems }) => problems) };
  cache.set(directory, { signature, collection });
  return collection;
}

function readPage(directory: string, file: string): PageRead {
  const shown = shownPath(file);
  if (isSymbolicLink(file)) return { problems: [symbolicLinkProblem(file, shown)] };
  if (!/\.(md|markdown)$/i.test(file)) {
    const message = "is not a Markdown page and is not published";
    const expected = "pages as .md files; images and downloads belong in public/";
    return { problems: [{ file: shown, line: 1, field: "file", message, expected, severity: "warning" }] };
  }
  const relative = path.relative(directory, file).split(path.sep).join("/");
  return readPageFile(shown, relative, readFileSync(file, "utf8"));
}

/** Every page that may be published (drafts too under `next dev`, without the broken ones), or a ContentError. */
export function getAllSitePages(): readonly SitePage[] {
  const collection = readPageCollection();
  const errors = collection.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0 && !env.development) throw new ContentError(errors);
  reportProblems(collection.problems);
  return collection.pages.filter((page) => page.published || env.development);
}

/** Pages with content of their own; a page with redirect_to is a short link in the redirect table instead. */
export function getContentPages(): readonly SitePage[] {
  return getAllSitePages().filter((page) => !page.redirect_to);
}

/** The content page served at this path ("/speak/"), if any; under `next dev`, throws the errors of a page file there. */
export function getPageByPermalink(permalink: string): SitePage | undefined {
  const page = getContentPages().find((candidate) => pathKey(candidate.permalink) === pathKey(permalink));
  const errors = readPageCollection().problems.filter(
    (problem) =>
      problem.severity === "error" && pathKey(defaultPermalink(pagesRelative(problem.file))) === pathKey(permalink),
  );
  if (!page && errors.length > 0) throw new ContentError(errors);
  return page;
}

/** The header's or footer's links: the settings' fixed ones and the pages that ask with `nav`, in order. */
export function getNavLinks(menu: "header" | "footer") {
  const pageLinks = getContentPages()
    .filter((page) => page.nav?.menu === menu)
    .map((page) => ({ href: page.permalink, label: page.nav?.label ?? page.title, order: page.nav?.order ?? 100 }));
  return [...site.nav[menu], ...pageLinks].sort((a, b) => a.order - b.order);
}

/** Static params for the root catch-all: one per content page, its permalink as segments (`/a/b/` → ["a", "b"]). */
export function getPageParams(): { page: string[] }[] {
  return getContentPages().map((page) => ({ page: page.permalink.split("/").filter(Boolean) }));
}

/** The content page a root catch-all's segments name, if any; undefined for the home page and its pagination. */
export function getPageForSegments(segments: readonly string[] | undefined): SitePage | undefined {
  if (!segments || segments.length === 0) return undefined;
  return getPageByPermalink(`/${segments.map((segment) => decodePath(segment, decodeURIComponent)).join("/")}/`);
}

function listPageFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith(".") && !entry.name.startsWith("_"))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(directory, entry.name);
      return entry.isDirectory() ? listPageFiles(full) : [full];
    });
}

function pagesRelative(shown: string): string {
  return path.relative(env.pagesDir, path.resolve(shown)).split(path.sep).join("/");
}
