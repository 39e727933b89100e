import { expect, test } from "@playwright/test";

// Every page type's Tab walk, in both colour schemes, is in e2e/accessibility.spec.ts, on the visit axe makes.

test("the first Tab shows a skip link that moves focus to the page's content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
  // The next Tab lands on the first link of the content, past the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main")?.id)).toBe("content");
});
