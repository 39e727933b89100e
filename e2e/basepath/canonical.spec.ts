import { expect, test } from "@playwright/test";
import { attributeValues, readContentPages } from "../export-pages";
import { TEST_SITES } from "../test-sites";
import { BASE } from "./base-path";

// The site's own address (lib/site.ts); below a base path, every page's URL carries it.
const SITE_URL = "https://cloudnative.london";
const outDir = TEST_SITES.find((site) => site.name === "basepath")?.outDir ?? ".test-builds/basepath";

test("below a base path, every page names itself, base path included, as its canonical URL and og:url", () => {
  const pages = readContentPages(outDir);
  expect(pages.length).toBeGreaterThan(20);
  const wrong = pages.flatMap((page) => {
    const url = `${SITE_URL}${BASE}${page.path}`;
    const canonical = attributeValues(page.tree, 'link[rel~="canonical"]', "href");
    const ogUrl = attributeValues(page.tree, 'meta[property="og:url"]', "content");
    const right = canonical.length === 1 && canonical[0] === url && ogUrl.length === 1 && ogUrl[0] === url;
    return right
      ? []
      : [`${page.file}: canonical ${canonical.join(", ")}; og:url ${ogUrl.join(", ")}; expected ${url}`];
  });
  expect(wrong).toEqual([]);
});
