import { existsSync } from "node:fs";
import { Script } from "node:vm";
import { expect, test, type Page } from "@playwright/test";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { listBadInputFixtures } from "../../test/support/bad-input-fixtures";
import { isEmbedHost } from "../../lib/markdown/sanitize-schema";
import { site } from "../../lib/site";
import { listExportedFiles, urlPathOf } from "../../pipeline/export/exported-files";
import { TEST_SITES } from "../test-sites";

const outDir = TEST_SITES.find((candidate) => candidate.name === "hostile")?.outDir ?? "";
if (!existsSync(outDir)) throw new Error(`${outDir}/ is missing: build the test sites first (npm run test:e2e).`);
// Every page of the site built from the fixtures: each post, and the lists and tag pages showing them.
const PAGES = listExportedFiles(outDir, [".html"]).map(urlPathOf);
// Front-matter text as the fixtures' _post.json give it, by page: the page must show it character for character.
const SHOWN_TEXT = new Map(
  listBadInputFixtures().flatMap((fixture) => {
    const { title, slug, tags } = fixture.expectedPost ?? {};
    if (!fixture.publishes || typeof title !== "string") return [];
    const tagNames = Array.isArray(tags) ? tags.map((tag: { name: string }) => tag.name) : [];
    return [[`/posts/${String(slug)}/`, { title, tagNames }] as [string, { title: string; tagNames: string[] }]];
  }),
);

type Element = DefaultTreeAdapterMap["element"];

/** Everything that shows a script from content ran, or tried to: dialogs, marker logs, foreign requests. */
async function watchForScripts(page: Page): Promise<string[]> {
  const signs: string[] = [];
  page.on("dialog", (dialog) => {
    signs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.text().includes("XSS-MARKER")) signs.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (error.message.includes("XSS-MARKER")) signs.push(`error: ${error.message}`);
  });
  // Nothing leaves the machine; a request to a host off the list is a sign, even though it is aborted.
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      const { hostname } = new URL(route.request().url());
      if (!isEmbedHost(hostname)) {
        signs.push(`request: ${route.request().url()}`);
      }
      return route.abort();
    },
  );
  return signs;
}

/** Scripts in the HTML as served that are not the site's own: external ones elsewhere, or inline ones cut short. */
function foreignScripts(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterMap["parentNode"]) => {
    for (const child of node.childNodes) {
      if (!("tagName" in child)) continue;
      if (child.tagName === "script") found.push(...checkScript(child));
      visit(child.tagName === "template" ? (child as DefaultTreeAdapterMap["template"]).content : child);
    }
  };
  visit(parse(html));
  return found;
}

function checkScript(script: Element): string[] {
  const attribute = (name: string) => script.attrs.find((candidate) => candidate.name === name)?.value;
  const text = script.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
  const src = attribute("src");
  if (src !== undefined) return src.startsWith(`${site.basePath}/`) && !src.startsWith("//") ? [] : [`src=${src}`];
  try {
    if (/json/.test(attribute("type") ?? "")) JSON.parse(text);
    // A title that closed the script early would leave this one cut in two: it would not parse.
    else new Script(text);
    return [];
  } catch {
    return [`inline script that does not parse: ${text.slice(0, 80)}`];
  }
}

/** Attributes in the live page that could run script: handlers, and script-bearing URLs. */
async function scriptableAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes].flatMap((attribute) => {
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
        const dataImage = element.tagName === "IMG" && attribute.name === "src" && value.startsWith("data:image/");
        // A <meta> content is text (a description that may well begin "javascript: URLs..."), except a refresh.
        const metaText =
          element.tagName === "META" && attribute.name === "content" && !element.matches("[http-equiv='refresh' i]");
        const scriptUrl = /^(javascript|vbscript|data):/.test(value) && !dataImage && !metaText;
        return /^on/i.test(attribute.name) || scriptUrl ? [`<${element.tagName} ${attribute.name}="${value}">`] : [];
      }),
    ),
  );
}

/** Ids the live page gives more than one element: each breaks its anchor and whatever label points at it. */
async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });
}

test.describe("no script from hostile content runs, even with the Content-Security-Policy switched off", () => {
  test.use({ bypassCSP: true });

  for (const path of PAGES) {
    test(`${path}`, async ({ page }) => {
      const signs = await watchForScripts(page);
      // The HTML as served, read apart from the visit: a redirect page (a post's capitalised name) moves on at once.
      const served = await page.request.get(path);
      expect(foreignScripts(await served.text())).toEqual([]);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // Handlers that wait for a click or a hover would not have fired yet: there must be none at all.
      expect(await scriptableAttributes(page)).toEqual([]);
      expect(signs).toEqual([]);
      // Speakers named like the page's own sections ("Sponsors", "Photos") take ids of their own.
      expect(await duplicateIds(page)).toEqual([]);
      const shown = SHOWN_TEXT.get(path);
      if (shown === undefined) return;
      // Front-matter text is text: the heading, the page title and the tags show it exactly as written.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(shown.title);
      await expect(page).toHaveTitle(`${shown.title} | ${site.name}`);
      for (const name of shown.tagNames) {
        await expect(page.getByRole("list", { name: "Tags" }).getByRole("link", { name, exact: true })).toBeVisible();
      }
    });
  }
});

test.describe("with the Content-Security-Policy on, hostile bodies report no violation", () => {
  for (const path of PAGES.filter((candidate) => candidate.startsWith("/posts/body-"))) {
    test(`${path}`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await watchForScripts(page);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
    });
  }
});
