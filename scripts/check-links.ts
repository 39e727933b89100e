/**
 * Post-export step: every internal link, image, script, feed, calendar and sitemap URL in the export
 * must lead to a file of the export, as a static host serves it. Read from the files, never over HTTP,
 * so it costs about a millisecond a page; external links are never fetched.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { site } from "../lib/site";
import { listExportedFiles, urlPathOf } from "./exported-files";
import { pageLinks } from "./page-links";
import type { PostExportStep } from "./post-export";

/** A URL on the site that does not answer, and the page or file that points at it. */
export type BrokenLink = { page: string; link: string; status: number };

/** Files other than pages that carry site URLs: sitemaps, feeds, calendars, robots.txt, manifests. */
const URL_FILES = [".xml", ".ics", ".webmanifest", "robots.txt"];

/** The step itself: throws, naming every page and link, when anything is broken. */
export const checkLinksStep: PostExportStep = {
  name: "link check",
  run: (siteDir) => {
    const broken = findBrokenLinks(siteDir);
    if (broken.length === 0) return;
    const lines = broken.map(({ page, link, status }) => `  ${page} links to ${link} (${status})`);
    throw new Error(`${broken.length} broken internal link${broken.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
  },
};

/** Every broken site URL in the export at `siteDir`, as served below `basePath` and named by `siteUrl`. */
export function findBrokenLinks(
  siteDir: string,
  basePath: string = site.basePath,
  siteUrl: string = site.url,
): BrokenLink[] {
  const files = new Set(listExportedFiles(siteDir, [""]));
  const answered = new Map<string, boolean>();
  const answers = (local: string) => {
    let found = answered.get(local);
    if (found === undefined) answered.set(local, (found = servesFile(files, local, basePath)));
    return found;
  };
  const broken: BrokenLink[] = [];
  const check = (page: string, links: Iterable<string>) => {
    for (const link of new Set(links)) if (!answers(link)) broken.push({ page, link, status: 404 });
  };
  for (const file of listExportedFiles(siteDir, [".html"])) {
    const page = `${basePath}${urlPathOf(file)}`;
    const links = pageLinks(readFileSync(path.join(siteDir, file), "utf8"));
    check(page, links.map((link) => siteLocal(link, `${siteUrl}${page}`, siteUrl)).filter(isDefined));
  }
  for (const file of listExportedFiles(siteDir, URL_FILES)) {
    check(`${basePath}${urlPathOf(file)}`, urlsInText(readFileSync(path.join(siteDir, file), "utf8"), siteUrl));
  }
  return broken.sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}

// A link as a path and query on the site ("/posts/a/?x=1"), or undefined when it leads elsewhere.
function siteLocal(link: string, pageUrl: string, siteUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link, pageUrl);
  } catch {
    return `${link} (not a URL)`;
  }
  url.hash = "";
  const href = url.href;
  if (href === siteUrl || href === `${siteUrl}/`) return "/";
  return href.startsWith(`${siteUrl}/`) ? href.slice(siteUrl.length) : undefined;
}

// What a static host serves for a path: the file, or <path>.html, or <path>/index.html (as sirv and Pages do).
function servesFile(files: ReadonlySet<string>, local: string, basePath: string): boolean {
  const pathname = local.split("?")[0] ?? "";
  if (!pathname.startsWith(`${basePath}/`)) return false;
  let file: string;
  try {
    file = decodeURIComponent(pathname.slice(basePath.length + 1));
  } catch {
    return false;
  }
  if (file === "" || file.endsWith("/")) return files.has(`${file}index.html`);
  return files.has(file) || files.has(`${file}.html`) || files.has(`${file}/index.html`);
}

// Site URLs in sitemaps, feeds and calendars: "&" escaped (feeds carry pages escaped once more), lines folded.
function urlsInText(text: string, siteUrl: string): string[] {
  const pattern = new RegExp(`${escapeRegExp(siteUrl)}(/[^\\s"'<>\\\\)\\]]*)?`, "g");
  const unfolded = decodeEntities(text.replace(/\r?\n[ \t]/g, ""));
  return [...unfolded.matchAll(pattern)].map((match) => match[1] ?? "/");
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  const decodeOne = (entity: string, name: string) => {
    if (!name.startsWith("#")) return named[name.toLowerCase()] ?? entity;
    const hex = /^#x/i.test(name);
    return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  };
  const once = (value: string) => value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, decodeOne);
  return once(once(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
