/**
 * Post-export step: every internal link, image, script, feed, calendar and sitemap URL in the export
 * must answer. Each URL is looked up in the export as a static host (sirv) would serve it; external
 * links are never fetched. Reading the files, not serving them over HTTP, keeps the step to a few seconds
 * at 5,000 posts, where linkinator over a local server took minutes and then timed out.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { site } from "../lib/site";
import { listExportedFiles, urlPathOf } from "./exported-files";
import { decodeEntities, findPageLinks } from "./page-links";
import type { PostExportStep } from "./post-export";

/** A URL on the site that does not answer, and the page or file that points at it. */
export type BrokenLink = { page: string; link: string; status: number };

/** Files other than pages that carry site URLs: sitemaps, feeds, calendars, robots.txt, manifests. */
const URL_FILES = [".xml", ".ics", ".webmanifest", "robots.txt"];
// Stands for the site while resolving links; never contacted.
const ORIGIN = "http://site.invalid";

/** The step itself: throws, naming every page and link, when anything is broken. */
export const checkLinksStep: PostExportStep = {
  name: "link check",
  run: (siteDir) => {
    const broken = findBrokenLinks(siteDir);
    if (broken.length === 0) return;
    const lines = broken.map(({ page, link, status }) => `  ${page} links to ${link} (${status || "no answer"})`);
    throw new Error(`${broken.length} broken internal link${broken.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
  },
};

/** Every broken site URL in the export at `siteDir`, as served below `basePath` and named by `siteUrl`. */
export function findBrokenLinks(
  siteDir: string,
  basePath: string = site.basePath,
  siteUrl: string = site.url,
): BrokenLink[] {
  const served = new Set(listExportedFiles(siteDir, [""]));
  const answers = (url: URL) => url.origin === ORIGIN && servesPath(served, url.pathname, basePath);
  const siteLink = new RegExp(`^${escapeRegExp(siteUrl)}(?=/|$)`);
  const broken = new Map<string, BrokenLink>();
  const check = (page: string, link: string, base: string) => {
    // Absolute links to the site itself (canonical, og:image, JSON-LD) are checked against the export.
    const url = parseUrl(link.trim().replace(siteLink, ORIGIN), base);
    if (!url || url.origin !== ORIGIN || answers(url)) return;
    const local = url.pathname + url.search;
    broken.set(`${page} ${local}`, { page, link: local, status: 404 });
  };
  for (const file of listExportedFiles(siteDir, [".html"])) {
    const page = `${basePath}${urlPathOf(file)}`;
    for (const link of findPageLinks(readFileSync(path.join(siteDir, file), "utf8"))) check(page, link, ORIGIN + page);
  }
  const pattern = new RegExp(`${escapeRegExp(siteUrl)}(/[^\\s"'<>\\\\)\\]]*)?`, "g");
  for (const file of listExportedFiles(siteDir, URL_FILES)) {
    const text = decodeTwice(readFileSync(path.join(siteDir, file), "utf8").replace(/\r?\n[ \t]/g, ""));
    const page = `${basePath}${urlPathOf(file)}`;
    for (const match of text.matchAll(pattern)) check(page, ORIGIN + (match[1] ?? "/"), ORIGIN);
  }
  return [...broken.values()].sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}

// What sirv answers for a path below the base path: the file itself, <path>.html or <path>/index.html.
function servesPath(served: ReadonlySet<string>, pathname: string, basePath: string): boolean {
  if (!pathname.startsWith(`${basePath}/`)) return false;
  let file: string;
  try {
    file = decodeURIComponent(pathname.slice(basePath.length + 1));
  } catch {
    return false;
  }
  const bare = file.replace(/\/+$/, "");
  return [file, `${bare}.html`, bare ? `${bare}/index.html` : "index.html"].some((candidate) => served.has(candidate));
}

function parseUrl(link: string, base: string): URL | undefined {
  try {
    return new URL(link, base);
  } catch {
    return undefined;
  }
}

// Sitemaps and feeds escape "&" in URLs; feeds carry whole pages of HTML escaped once more.
function decodeTwice(text: string): string {
  return decodeEntities(decodeEntities(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
