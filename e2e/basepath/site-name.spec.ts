import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { toString } from "hast-util-to-string";
import { getAllPostsIncludingHidden } from "../../lib/collection/posts";
import { getAllSitePages } from "../../lib/pages/pages";
import { renderHtml } from "../../lib/markdown/pipeline";
import { listExportFiles } from "../export-pages";
import { OTHER_SITE_NAME, TEST_SITES } from "../test-sites";
import { fixtureSiteDir } from "../../test/support/fixture-sites";

// This site is built under another meetup's name (e2e/test-sites.ts): the settings' name is the only one a
// page may carry, except where a post, a page of content/pages/ or the data its sections show says it.
const NAME = "Cloud Native London";
const outDir = TEST_SITES.find((site) => site.name === "basepath")?.outDir ?? ".test-builds/basepath";
const TEXT = [".html", ".htm", ".xml", ".ics", ".json", ".js", ".css", ".svg", ".txt", ".webmanifest"];
const TEXT_FILES = ["_headers", "_redirects"];
// Images and fonts carry no text to search; Pagefind's compressed index is built from the pages checked here.
const IMAGES = [".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".ico", ".woff", ".woff2"];
const BINARY = [...IMAGES, ".pagefind", ".pf_fragment", ".pf_meta", ".pf_index", ".pf_filter"];

test("a build under another name never says the old name, except in the posts' and pages' own words", () => {
  const files = listExportFiles(outDir);
  const posts = postTexts();
  const unread = files.filter((file) => kindOf(file) === "unknown");
  expect(unread, "each exported file is read as text or known to be binary").toEqual([]);

  const found = files.flatMap((file) =>
    segmentsOf(readText(file)).flatMap((segment) =>
      occurrences(segment)
        .filter(({ phrases }) => !posts.segments.has(segment) && !phrases.some((phrase) => posts.text.includes(phrase)))
        .map(({ context }) => `${file}: …${context}…`),
    ),
  );
  expect(found).toEqual([]);
  // The settings' name is there instead.
  expect(readText("index.html")).toContain(OTHER_SITE_NAME);
});

function kindOf(file: string): "text" | "binary" | "unknown" {
  const name = path.basename(file);
  if (TEXT_FILES.includes(name) || TEXT.some((end) => name.endsWith(end))) return "text";
  return BINARY.some((end) => name.endsWith(end)) ? "binary" : "unknown";
}

function readText(file: string): string {
  if (kindOf(file) === "binary") return "";
  const text = readFileSync(path.join(outDir, file), "utf8");
  // Calendars fold long lines and escape commas and semicolons (RFC 5545).
  return file.endsWith(".ics") ? text.replace(/\r?\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1") : text;
}

/** The words a post puts on pages: its file, its rendered body and takeaways, as one text and as segments. */
function postTexts(): { text: string; segments: Set<string> } {
  const texts = getAllPostsIncludingHidden().flatMap((post) => [
    readFileSync(post.file, "utf8"),
    toString(post.body),
    renderHtml(post.body),
    post.excerpt,
    ...post.speakers.flatMap((speaker) => speaker.takeaways.map((takeaway) => renderHtml(takeaway.tree))),
  ]);
  // Pages are editors' words as posts are, and so are the organisers and tiers their sections show.
  texts.push(
    ...getAllSitePages().flatMap((page) => [
      readFileSync(page.file, "utf8"),
      toString(page.body),
      renderHtml(page.body),
      page.excerpt,
    ]),
    ...["organisers.yml", "sponsor-tiers.yml"].map((file) =>
      readFileSync(path.join(fixtureSiteDir(), "data", file), "utf8"),
    ),
  );
  // The name on its own is what the settings put on pages, never taken as a post's words.
  const segments = new Set(texts.flatMap(segmentsOf).filter((segment) => segment !== NAME));
  return { text: texts.map(normalise).join("\n"), segments };
}

/** Text as a reader meets it: entities and escapes decoded, split at tags, quotes, line ends and keys. */
function segmentsOf(text: string): string[] {
  const decoded = decodeEntities(decodeEntities(decodeJsonEscapes(text)));
  const untagged = decoded.replace(/<[^>]*>/g, (tag) =>
    ["", ...[...tag.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => match[1] ?? match[2] ?? ""), ""].join(
      "\0",
    ),
  );
  // A title's " | " and a key glued to its value ("SUMMARY:…", Pagefind's "title:…") end a segment too.
  return untagged
    .split(/[\0"\r\n]+| \| /)
    .map((segment) => normalise(segment.replace(/^[\w-]+:(?=\S)/, "")))
    .filter(Boolean);
}

/**
 * Each place the old name appears in a segment, as the name with up to three words before it and with up to
 * three words after it; either phrase found in a post marks the post's words, such as a title after "Recording:".
 */
function occurrences(segment: string): { context: string; phrases: string[] }[] {
  return [...segment.matchAll(new RegExp(NAME, "g"))].map(({ index }) => {
    const before = /(?:\S+\s+){0,3}\S*$/.exec(segment.slice(0, index))?.[0] ?? "";
    const after = /^\S*(?:\s+\S+){0,3}/.exec(segment.slice(index + NAME.length))?.[0] ?? "";
    // The name alone is what settings put on a page; only a phrase around it can be a post's.
    const phrases = [`${before}${NAME}`, `${NAME}${after}`].filter((phrase) => phrase.trim() !== NAME);
    return { context: `${before}${NAME}${after}`, phrases };
  });
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function decodeJsonEscapes(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["/])/g, "$1");
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
