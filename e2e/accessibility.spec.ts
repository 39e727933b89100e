import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { listFocusable, tabThrough } from "./keyboard-walk";
import { PAGE_TYPES } from "./page-types";

// WCAG 2.2 A and AA (colour contrast among them) plus axe's best practices.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

// One visit per page type and colour scheme for both checks, each a step named for what it proves. The Tab walk
// goes first, from the top of the page as it opened (after axe's run, Tab no longer starts at the skip link).
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { name, path, status, ready } of PAGE_TYPES) {
      test(`${name} (${path}): every link and button is reached by Tab, with a visible focus ring; no axe violations`, async ({
        page,
      }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        if (ready) await expect(page.locator(ready).first()).toBeVisible();

        await test.step("every link and button is reached by Tab, with a visible focus ring", async () => {
          const focusable = await listFocusable(page);
          expect(focusable.length).toBeGreaterThan(0);
          const visited = await tabThrough(page, focusable.length + 5);
          expect(visited.map((entry) => entry.key)).toEqual(focusable);
          for (const entry of visited) {
            expect(entry.outline, entry.key).not.toBe("none");
            expect(entry.width, entry.key).toBeGreaterThanOrEqual(2);
          }
        });

        // Axe then reads the page as it opened: nothing focused, scrolled to the top.
        await page.evaluate(() => {
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
          window.scrollTo(0, 0);
        });

        await test.step("no axe violations", async () => {
          // The scheme is really in force, so contrast is checked against the colours readers get.
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
            colorScheme === "dark",
          );
          const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          const found = violations.map(
            (violation) =>
              `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(", ")})`,
          );
          expect(found).toEqual([]);
        });
      });
    }
  });
}
