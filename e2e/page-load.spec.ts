import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

type ShiftLog = { shifts: { value: number; sources: string[] }[] };

// What opening a page does, on one visit per page type: what it fetches, and whether anything moves as it loads.
for (const { name, path, budget } of PAGE_TYPES) {
  test(`${name} (${path}): nothing moves while the page and its images load; it fetches nothing from other sites and prefetches no other page${budget ? "; its JavaScript is within 100 KiB gzip, none of it Next's runtime" : ""}`, async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      const log: ShiftLog = { shifts: [] };
      (globalThis as unknown as { shiftLog: ShiftLog }).shiftLog = log;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        })[]) {
          if (!entry.hadRecentInput) {
            const sources = (entry.sources ?? []).map((source) => source.node?.nodeName ?? "?");
            log.shifts.push({ value: entry.value, sources });
          }
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const scripts: { url: string; body: Promise<Buffer> }[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push({ url: response.url(), body: response.body() });
    });
    // Images arrive well after the text, as on a phone network, so any space not kept for them shows.
    await page.route(/\.(jpe?g|png|webp|gif|avif)(\?.*)?$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // The scripts the page loads by itself, before a reader scrolls.
    const loadedScripts = [...scripts];
    // Scroll to the end, as a reader skimming the page would, without clicking anything: lazy images come in,
    // and each must arrive in the space kept for it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");

    await test.step("nothing moves while the page and its images load", async () => {
      const { shifts } = await page.evaluate(() => (globalThis as unknown as { shiftLog: ShiftLog }).shiftLog);
      expect(shifts).toEqual([]);
    });

    await test.step("it fetches nothing from other sites and prefetches no other page", () => {
      const origin = new URL(baseURL ?? "").origin;
      expect(requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin)).toEqual([]);
      // The export has no client-side router: no page data (.txt files, ?_rsc=) is fetched, even on a link's hover.
      expect(requests.filter((url) => /\.txt(\?|$)|[?&]_rsc=/.test(url))).toEqual([]);
    });

    // Most readers are on phones: the pages held to the budget load the site's own small scripts, not a framework.
    if (budget)
      await test.step("its JavaScript is within 100 KiB gzip, and none of it is Next's runtime", async () => {
        expect(loadedScripts.map(({ url }) => new URL(url).pathname).filter((url) => url.includes("/_next/"))).toEqual(
          [],
        );
        const gzipped = await Promise.all(loadedScripts.map(async ({ body }) => gzipSync(await body).length));
        expect(gzipped.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(100 * 1024);
      });
  });
}
