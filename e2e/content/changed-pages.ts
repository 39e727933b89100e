import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getAllTags, getPostBySlug, readPostCollection } from "../../lib/collection/posts";
import { tagPath } from "../../lib/site";
import { CHANGE_FILE, type Change } from "../../tools/classify-change";

/** A page the content checks open, and why. */
export type CheckedPage = { path: string; reason: string };

// Pages named for a changed public file: enough to see it used, without opening the whole site.
const PAGES_PER_PUBLIC_FILE = 5;

/** The pages a content change added or altered, then the smoke set: home, the most used tag, the feed. */
export function listCheckedPages(siteDir = "out"): CheckedPage[] {
  const change: Change = existsSync(CHANGE_FILE)
    ? (JSON.parse(readFileSync(CHANGE_FILE, "utf8")) as Change)
    : { kind: "content", files: [] };
  const { posts } = readPostCollection();
  const changed = change.files.flatMap((file): CheckedPage[] => {
    if (file.startsWith("posts/")) {
      const post = posts.find((candidate) => candidate.file === file);
      return post && getPostBySlug(post.slug) ? [{ path: post.url, reason: file }] : [];
    }
    if (file.startsWith("public/")) {
      return pagesUsing(siteDir, `/${file.slice("public/".length)}`).map((page) => ({ path: page, reason: file }));
    }
    return [];
  });
  const tag = getAllTags()[0];
  const smoke: CheckedPage[] = [
    { path: "/", reason: "smoke" },
    ...(tag ? [{ path: tagPath(tag.slug), reason: "smoke" }] : []),
  ];
  const seen = new Set<string>();
  return [...changed, ...smoke].filter((page) => !seen.has(page.path) && seen.add(page.path));
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
