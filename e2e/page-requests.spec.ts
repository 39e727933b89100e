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
    // Next's page data for client-side navigation (.txt files, ?_rsc=) is fetched only when a link is followed.
    expect(requests.filter((url) => /\.txt(\?|$)|[?&]_rsc=/.test(url))).toEqual([]);
  });
}
