import { expect, test } from "@playwright/test";

test("the home page shows the upcoming meetup above the posts", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T12:00:00Z"));
  await page.goto("/");
  const callout = page.getByRole("region", { name: "Next meetup" });
  await expect(callout).toContainText("Cloud Native London, December 2026: the end-of-year meetup");
  await expect(callout).toContainText("Wednesday 9 December 2026, 18:30–21:00");
  await expect(callout.getByRole("link", { name: "RSVP" })).toBeVisible();
  const calloutBox = await callout.boundingBox();
  const firstPost = await page.locator("article.card").first().boundingBox();
  expect(calloutBox && firstPost && calloutBox.y < firstPost.y).toBe(true);
});

test("a reader after the last announced meetup is not invited to it", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-10T09:00:00Z"));
  await page.goto("/");
  await expect(page.locator("article.card").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Next meetup" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "RSVP" })).toHaveCount(0);
});
