import { expect, test } from "@playwright/test";

test("an unknown URL shows the designed 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not here");
  await page.getByRole("link", { name: "See the latest posts" }).click();
  await expect(page.locator("article.card").first()).toBeVisible();
});

test("the draft has no page in the export", async ({ page }) => {
  const response = await page.goto("/posts/cloud-native-london-january-2027/");
  expect(response?.status()).toBe(404);
});
