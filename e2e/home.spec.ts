import { expect, test } from "@playwright/test";

test("the home page lists the newest posts and pages through older ones", async ({ page }) => {
  await page.goto("/");
  const titles = page.locator("article.card h2");
  await expect(titles).toHaveCount(12);
  await expect(titles.first()).toHaveText("Cloud Native London, December 2026: the end-of-year meetup");
  await expect(page.getByText("20 November 2026")).toBeVisible();
  // The draft is never listed in the production build.
  await expect(page.getByText("Cloud Native London, January 2027")).toHaveCount(0);

  await page.getByRole("link", { name: "Older posts →" }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Posts, page 2" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Cloud Native London, September 2018: observability night" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Older posts →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Newer posts" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("there is no duplicate /page/1/", async ({ page }) => {
  const response = await page.goto("/page/1/");
  expect(response?.status()).toBe(404);
});
