import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { listBadInputFixtures } from "../../test/support/bad-input-fixtures";
import { listExportedFiles } from "../../pipeline/export/exported-files";
import { TEST_SITES } from "../test-sites";

// Feeds, sitemaps and calendars come from other parts of the site; these tests cover whichever the
// hostile build has, and say so when it has none.
const outDir = TEST_SITES.find((candidate) => candidate.name === "hostile")?.outDir ?? "";
const xmlFiles = existsSync(outDir) ? listExportedFiles(outDir, [".xml"]) : [];
const icsFiles = existsSync(outDir) ? listExportedFiles(outDir, [".ics"]) : [];
const TITLES = new Set(
  listBadInputFixtures().flatMap((fixture) => {
    const title = fixture.expectedPost?.title;
    // XML itself turns every CR LF into LF (XML 1.0, 2.11), so that is how any feed reader receives a title.
    return fixture.publishes && typeof title === "string" ? [title.replace(/\r\n?/g, "\n")] : [];
  }),
);

test("every feed and sitemap parses as XML, and hostile titles in feeds are text", async ({ page }) => {
  test.skip(xmlFiles.length === 0, "this build writes no XML files yet");
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

test("every calendar has only property lines: no title can start a line of its own", () => {
  test.skip(icsFiles.length === 0, "this build writes no calendars yet");
  for (const file of icsFiles) {
    const lines = readFileSync(path.join(outDir, file), "utf8").split(/\r\n/);
    for (const line of lines.filter((candidate) => candidate.length > 0)) {
      // Each line is NAME[;PARAM=...]:value, or a folded continuation starting with a space.
      expect(line, file).toMatch(/^([A-Z][A-Z0-9-]*(;[^:]*)?:| )/);
    }
    expect(lines.filter((line) => line.startsWith("BEGIN:")).length, file).toBe(
      lines.filter((line) => line.startsWith("END:")).length,
    );
  }
});
