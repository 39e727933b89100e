import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

for (const { name, path } of PAGE_TYPES) {
  test(`${name} (${path}): opening it fetches nothing from other sites and prefetches no other page`, async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Scroll to the end, as a reader skimming the page would, without clicking anything.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    const origin = new URL(baseURL ?? "").origin;
    expect(requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin)).toEqual([]);
    // The export has no client-side router: no page data (.txt files, ?_rsc=) is fetched, even on a link's hover.
    expect(requests.filter((url) => /\.txt(\?|$)|[?&]_rsc=/.test(url))).toEqual([]);
  });
}

// Most readers are on phones: the pages held to the budget load the site's own small scripts, not a framework.
for (const { name, path } of PAGE_TYPES.filter((type) => type.budget)) {
  test(`${name} (${path}): its JavaScript is within 100 KiB gzip, and none of it is Next's runtime`, async ({
    page,
  }) => {
    const scripts: { url: string; body: Promise<Buffer> }[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push({ url: response.url(), body: response.body() });
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(scripts.map(({ url }) => new URL(url).pathname).filter((url) => url.includes("/_next/"))).toEqual([]);
    const gzipped = await Promise.all(scripts.map(async ({ body }) => gzipSync(await body).length));
    expect(gzipped.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(100 * 1024);
  });
}
