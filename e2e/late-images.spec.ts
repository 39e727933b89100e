import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

type ShiftLog = { shifts: { value: number; sources: string[] }[] };

for (const { name, path } of PAGE_TYPES) {
  test(`${name} (${path}): nothing moves while the page and its images load`, async ({ page }) => {
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
    // Images arrive well after the text, as on a phone network, so any space not kept for them shows.
    await page.route(/\.(jpe?g|png|webp|gif|avif)(\?.*)?$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Scrolling brings lazy images in; each must arrive in the space kept for it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    const { shifts } = await page.evaluate(() => (globalThis as unknown as { shiftLog: ShiftLog }).shiftLog);
    expect(shifts).toEqual([]);
  });
}
