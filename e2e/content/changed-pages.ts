import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getAllTags, getPostBySlug, readPostCollection } from "../../lib/collection/posts";
import { tagPath } from "../../lib/site";
import { CHANGE_FILE, type Change } from "../../tools/classify-change";
import { parseSitemap } from "../../test/support/xml-test-helpers";

/** A page the content checks open, and why. */
export type CheckedPage = { path: string; reason: string };

// Pages named for a changed public file: enough to see it used, without opening the whole site.
const PAGES_PER_PUBLIC_FILE = 5;

/**
 * The pages to check: on a content pull request (CI wrote its change file), the pages it added or altered and
 * the smoke set (home, the most used tag); otherwise (`npm test`), every page of the export's sitemap and home.
 */
export function listCheckedPages(siteDir = "out"): CheckedPage[] {
  const pages = existsSync(CHANGE_FILE)
    ? [...changedPages(JSON.parse(readFileSync(CHANGE_FILE, "utf8")) as Change, siteDir), ...smokePages()]
    : [{ path: "/", reason: "home" }, ...sitemapPages(siteDir)];
  const seen = new Set<string>();
  return pages.filter((page) => !seen.has(page.path) && seen.add(page.path));
}

/** The site paths of the export's sitemap: every page a reader can reach, drafts and redirects aside. */
function sitemapPages(siteDir: string): CheckedPage[] {
  const xml = readFileSync(path.join(siteDir, "sitemap.xml"), "utf8");
  return parseSitemap(xml).map(({ loc }) => ({ path: new URL(loc).pathname, reason: "sitemap" }));
}

function changedPages(change: Change, siteDir: string): CheckedPage[] {
  const { posts } = readPostCollection();
  return change.files.flatMap((file): CheckedPage[] => {
    if (file.startsWith("posts/")) {
      const post = posts.find((candidate) => candidate.file === file);
      return post && getPostBySlug(post.slug) ? [{ path: post.url, reason: file }] : [];
    }
    if (file.startsWith("public/")) {
      return pagesUsing(siteDir, `/${file.slice("public/".length)}`).map((page) => ({ path: page, reason: file }));
    }
    return [];
  });
}

function smokePages(): CheckedPage[] {
  const tag = getAllTags()[0];
  return [{ path: "/", reason: "smoke" }, ...(tag ? [{ path: tagPath(tag.slug), reason: "smoke" }] : [])];
}

function pagesUsing(siteDir: string, sitePath: string): string[] {
  const found: string[] = [];
  const encoded = encodeURI(sitePath);
  for (const file of readdirSync(siteDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith("index.html") || found.length >= PAGES_PER_PUBLIC_FILE) continue;
    const html = readFileSync(path.join(siteDir, file), "utf8");
    if (html.includes(encoded) || html.includes(sitePath))
      found.push(`/${path.dirname(file).split(path.sep).join("/")}/`.replace(/^\/\.\/$/, "/"));
  }
  return found;
}
