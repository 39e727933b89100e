import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

// WCAG 2.2 A and AA (colour contrast among them) plus axe's best practices.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { name, path, status, ready } of PAGE_TYPES) {
      test(`${name} (${path}): no axe violations`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        if (ready) await expect(page.locator(ready).first()).toBeVisible();
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
    }
  });
}
