/**
 * Post-export step: every site URL in the export must answer, looked up as a static host (sirv) would serve it.
 * Reading the files, not serving them, takes seconds at 5,000 posts, where linkinator over HTTP timed out.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import escapeRegExp from "escape-string-regexp";
import { decodeHTML } from "entities";
import { site } from "../../lib/site";
import { attempt } from "../../lib/public-files";
import { plural } from "../../lib/plural";
import { isPage, listExportedFiles, urlPathOf } from "./exported-files";
import { findPageLinks } from "./page-links";
import type { PostExportStep } from "./step";

/** Files other than pages that carry site URLs: sitemaps, feeds, calendars, robots.txt, manifests. */
const URL_FILES = [".xml", ".ics", ".webmanifest", "robots.txt"];
// Stands for the site while resolving links; never contacted.
const ORIGIN = "http://site.invalid";

/** The step itself: throws, naming every page and link, when anything is broken. */
export const checkLinksStep: PostExportStep = {
  name: "link check",
  run: (siteDir, context) => {
    const broken = findBrokenExportLinks(siteDir, site.basePath, site.url, context?.pageTargets);
    if (broken.length === 0) return;
    const lines = broken.map(({ page, link }) => `  ${page} links to ${link} (404)`);
    throw new Error(`${plural(broken.length, "broken internal link")}:\n${lines.join("\n")}`);
  },
};

/** Each broken site URL in the export and its page; pages are read here only without the page pass's `pageTargets`. */
export function findBrokenExportLinks(
  siteDir: string,
  basePath: string,
  siteUrl: string,
  pageTargets?: ReadonlyMap<string, readonly string[]>,
) {
  const files = listExportedFiles(siteDir, [""]);
  const served = new Set(files);
  const broken: { page: string; link: string }[] = [];
  for (const file of files.filter((name) => isPage(name) || URL_FILES.some((end) => name.endsWith(end)))) {
    const page = `${basePath}${urlPathOf(file)}`;
    const collected = pageTargets && isPage(file) ? pageTargets.get(file) : undefined;
    // A page whose links were never collected was never stripped or pinned either.
    if (pageTargets && isPage(file) && !collected)
      throw new Error(`${file} was written after the page pass: put the step that writes it before that pass`);
    const targets =
      collected ?? findSiteTargets(file, readFileSync(path.join(siteDir, file), "utf8"), basePath, siteUrl);
    for (const target of targets) {
      const pathname = target.split("?", 1)[0] ?? "";
      if (!servesPath(served, pathname, basePath)) broken.push({ page, link: target });
    }
  }
  return broken.sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}

/** The site paths (with any query) an exported page links to, or a sitemap, feed or calendar names, each once. */
export function findSiteTargets(file: string, text: string, basePath: string, siteUrl: string): string[] {
  const targets = new Set<string>();
  const siteLink = new RegExp(`^${escapeRegExp(siteUrl)}(?=/|$)`);
  const add = (link: string, base: string) => {
    // Absolute links to the site itself (canonical, og:image, JSON-LD) are checked against the export.
    const absolute = link.trim().replace(siteLink, ORIGIN);
    const url = URL.canParse(absolute, base) ? new URL(absolute, base) : undefined;
    if (url?.origin === ORIGIN) targets.add(url.pathname + url.search);
  };
  if (isPage(file)) {
    const base = ORIGIN + basePath + urlPathOf(file);
    for (const link of findPageLinks(text)) add(link, base);
  } else {
    const pattern = new RegExp(`${escapeRegExp(siteUrl)}(/[^\\s"'<>\\\\)\\]]*)?`, "g");
    // Sitemaps and feeds escape "&" in URLs; feeds carry whole pages of HTML escaped once more.
    const unfolded = decodeHTML(decodeHTML(text.replace(/\r?\n[ \t]/g, "")));
    for (const match of unfolded.matchAll(pattern)) add(ORIGIN + (match[1] ?? "/"), ORIGIN);
  }
  return [...targets];
}

// What sirv answers for a path below the base path: the file itself, <path>.html or <path>/index.html.
function servesPath(served: ReadonlySet<string>, pathname: string, basePath: string): boolean {
  if (!pathname.startsWith(`${basePath}/`)) return false;
  const file = attempt(() => decodeURIComponent(pathname.slice(basePath.length + 1)));
  if (file === undefined) return false;
  const bare = file.replace(/\/+$/, "");
  return [file, `${bare}.html`, bare ? `${bare}/index.html` : "index.html"].some((candidate) => served.has(candidate));
}
