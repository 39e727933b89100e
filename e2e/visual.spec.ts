import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES, type PageType } from "./page-types";
import { drawnInSiteFont } from "./site-font";

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
          // The site's own font, never a fallback, lays out the text that is compared. The font is "optional"
          // (app/layout.tsx), one file a weight: a page a weight reaches after the first paint draws that weight's
          // text in the fallback, the next visit has it. (A heading in Inter with its semibold labels in the
          // fallback once drew /events/ 7 % off its screenshot.)
          let inSiteFont = false;
          for (let visit = 0; visit < 3 && !inSiteFont; visit++) inSiteFont = await loadInSiteFont(page, type);
          expect(inSiteFont, "text of every weight is drawn in Inter").toBe(true);
          const name = `${type.name.replace(/\W+/g, "-")}-${viewport.width}-${colorScheme}.png`;
          // Chromium draws a <select>'s label itself, and in a long run it drew it 1 px higher at the same layout
          // (seen twice in CI): the box of each select is compared, as a mask, not the platform's text in it.
          const mask = [page.locator("select")];
          await expect(page).toHaveScreenshot(name, { maxDiffPixelRatio: 0.001, threshold: 0.05, mask });
        });
      }
    });
  }
}

/** Loads the page, then tells whether Chromium drew its text in the site's own font. */
async function loadInSiteFont(page: Page, type: PageType): Promise<boolean> {
  await page.goto(type.path, { waitUntil: "networkidle" });
  if (type.ready) await expect(page.locator(type.ready).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  return drawnInSiteFont(page);
}
