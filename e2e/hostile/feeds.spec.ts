import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { listBadInputFixtures } from "../../test/support/bad-input-fixtures";
import { listExportedFiles } from "../../pipeline/export/exported-files";
import { TEST_SITES } from "../test-sites";

// Every feed, sitemap, calendar and JSON file the hostile build writes, each read by a real parser.
const outDir = TEST_SITES.find((candidate) => candidate.name === "hostile")?.outDir ?? "";
const xmlFiles = existsSync(outDir) ? listExportedFiles(outDir, [".xml"]) : [];
const icsFiles = existsSync(outDir) ? listExportedFiles(outDir, [".ics"]) : [];
type ShownPost = { slug?: string; title?: string; next_meetup?: { title?: string } };
const SHOWN_POSTS = listBadInputFixtures().flatMap((fixture) =>
  fixture.publishes && fixture.expectedPost ? [fixture.expectedPost as ShownPost] : [],
);
// Each post's title exactly as written, by slug, for its JSON-LD.
const POST_TITLES = new Map(SHOWN_POSTS.flatMap(({ slug, title }) => (slug && title ? [[slug, title] as const] : [])));
// XML and iCalendar both turn every CR LF into LF (XML 1.0, 2.11; an escaped "\n" in iCalendar), so that is how
// a feed reader or a calendar receives a title.
const asReceived = (title: string) => title.replace(/\r\n?/g, "\n");
const TITLES = new Set([...POST_TITLES.values()].map(asReceived));
// A meetup's event is named by its own title where it has one, else by its post's.
const MEETUP_TITLES = new Map(
  SHOWN_POSTS.flatMap(({ slug, title, next_meetup }) => {
    const named = next_meetup?.title ?? title;
    return slug && named ? [[slug, asReceived(named)] as const] : [];
  }),
);

test("every feed and sitemap parses as XML, and hostile titles in feeds are text", async ({ page }) => {
  expect(xmlFiles.length).toBeGreaterThan(0);
  for (const file of xmlFiles) {
    const xml = readFileSync(path.join(outDir, file), "utf8");
    const titles = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, "application/xml");
      if (document.querySelector("parsererror")) return null;
      return [...document.querySelectorAll("entry > title, item > title")].map((title) => {
        // Atom's type="html" titles are markup: what a feed reader shows is that markup's text.
        const html = title.getAttribute("type") === "html" || title.getAttribute("type") === "xhtml";
        const text = title.textContent ?? "";
        const markup = new DOMParser().parseFromString(text, "text/html").documentElement;
        return { shown: html ? markup.textContent : text, text };
      });
    }, xml);
    expect(titles, `${file} parses`).not.toBeNull();
    for (const title of titles ?? []) {
      if (!title.text.includes("XSS-MARKER")) continue;
      expect(TITLES, `${file}: a title shows exactly as the post wrote it`).toContain(title.shown);
    }
  }
});

test("every calendar parses with ical.js, and each event is a meetup titled exactly as its post wrote it", () => {
  expect(icsFiles.length, "the hostile posts include meetups").toBeGreaterThan(0);
  for (const file of icsFiles) {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(outDir, file), "utf8")));
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.length, file).toBeGreaterThan(0);
    for (const vevent of events) {
      // A title that broke out of its line would add an event with no post of its own.
      const slug = /\/posts\/([^/]+)\/$/.exec(String(vevent.getFirstPropertyValue("url") ?? ""))?.[1] ?? "";
      expect(MEETUP_TITLES.has(slug), `${file}: an event of a hostile post (${slug})`).toBe(true);
      expect(new ICAL.Event(vevent).summary, file).toBe(MEETUP_TITLES.get(slug));
    }
  }
});

test("every JSON file and each post's JSON-LD parse, and a post's headline is its title as written", () => {
  const jsonFiles = listExportedFiles(outDir, [".json", ".webmanifest"]);
  expect(jsonFiles.length).toBeGreaterThan(0);
  for (const file of jsonFiles)
    expect(() => JSON.parse(readFileSync(path.join(outDir, file), "utf8")), file).not.toThrow();
  for (const [slug, title] of POST_TITLES) {
    const html = readFileSync(path.join(outDir, "posts", slug, "index.html"), "utf8");
    const graphs = findJsonLd(html).map((text) => JSON.parse(text) as { "@graph"?: { headline?: string }[] });
    const headlines = graphs.flatMap((graph) => graph["@graph"] ?? []).flatMap((item) => item.headline ?? []);
    expect(headlines, slug).toEqual([title]);
  }
});

/** The text of each JSON-LD script of a page, read with an HTML parser as a browser reads it. */
function findJsonLd(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterMap["parentNode"]) => {
    for (const child of node.childNodes) {
      if (!("tagName" in child)) continue;
      const type = child.attrs.find((attribute) => attribute.name === "type")?.value;
      if (child.tagName === "script" && type === "application/ld+json")
        found.push(child.childNodes.map((text) => ("value" in text ? text.value : "")).join(""));
      visit(child);
    }
  };
  visit(parse(html));
  return found;
}
