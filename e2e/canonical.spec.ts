import { expect, test } from "@playwright/test";
import { attributeValues, readContentPages } from "./export-pages";
import { TEST_SITES } from "./test-sites";

// The main site is built with lib/site.ts's own address; every page names itself by it.
const SITE_URL = "https://cloudnative.london";
const outDir = TEST_SITES.find((site) => site.name === "main")?.outDir ?? "out";

test("every page of the export names itself, once, as its canonical URL and its og:url", () => {
  const pages = readContentPages(outDir);
  // Every kind of page: home, list pages, posts, tags, archive, meetups, speakers, sponsors, search.
  for (const path of ["/", "/page/2/", "/events/", "/speakers/", "/sponsors/", "/search/", "/archive/", "/tags/"]) {
    expect(pages.map((page) => page.path)).toContain(path);
  }
  const wrong = pages.flatMap((page) => {
    const url = `${SITE_URL}${page.path}`;
    const canonical = attributeValues(page.tree, 'link[rel~="canonical"]', "href");
    const ogUrl = attributeValues(page.tree, 'meta[property="og:url"]', "content");
    const right = canonical.length === 1 && canonical[0] === url && ogUrl.length === 1 && ogUrl[0] === url;
    return right
      ? []
      : [`${page.file}: canonical ${canonical.join(", ")}; og:url ${ogUrl.join(", ")}; expected ${url}`];
  });
  expect(wrong).toEqual([]);
});
