import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

/**
 * The site as readers see it: the first screen of each page type at 320, 390 and 1280 px, light and dark,
 * compared with the committed screenshots in docs/screenshots/ (playwright.config.ts). A layout change
 * updates them in the same commit (`npm run screenshots`), so that review shows the difference.
 */
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

// Meetup blocks show by the reader's clock: every run looks at the same moment.
const NOW = new Date("2026-12-01T12:00:00Z");

for (const viewport of VIEWPORTS) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${viewport.width} px, ${colorScheme}`, () => {
      const phone = viewport.width < 600;
      test.use({ viewport, colorScheme, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone });

      for (const type of PAGE_TYPES.filter((candidate) => !candidate.sameLayoutAs)) {
        test(`${type.name} (${type.path})`, async ({ page }) => {
          await page.clock.setFixedTime(NOW);
          await page.goto(type.path, { waitUntil: "networkidle" });
          if (type.ready) await expect(page.locator(type.ready).first()).toBeVisible();
          // The site's own font, never a fallback, lays out the text that is compared.
          const fontLoaded = await page.evaluate(async () => {
            await document.fonts.ready;
            const bare = (name: string) => name.trim().replace(/^["']|["']$/g, "");
            const family = bare(getComputedStyle(document.body).fontFamily.split(",")[0] ?? "");
            return [...document.fonts].some((face) => bare(face.family) === family && face.status === "loaded");
          });
          expect(fontLoaded).toBe(true);
          const name = `${type.name.replace(/\W+/g, "-")}-${viewport.width}-${colorScheme}.png`;
          await expect(page).toHaveScreenshot(name, { maxDiffPixelRatio: 0.001, threshold: 0.05 });
        });
      }
    });
  }
}
