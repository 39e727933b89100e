import { expect, test } from "@playwright/test";

test("the home page leads with the upcoming meetup: its RSVP is on a small phone's first screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.clock.setFixedTime(new Date("2026-12-01T12:00:00Z"));
  await page.goto("/");
  const callout = page.getByRole("region", { name: "Next meetup" });
  await expect(callout).toContainText("Cloud Native London, December 2026: the end-of-year meetup");
  await expect(callout).toContainText("Wednesday 9 December 2026, 18:30–21:00");
  await expect(callout.getByRole("link", { name: "RSVP" })).toBeInViewport();
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
  // The latest writeup leads instead, with the way to hear about the next meetup.
  const latest = page.getByRole("region", { name: "Latest meetup" });
  await expect(latest).toBeInViewport();
  await expect(latest.getByRole("link").first()).toHaveAttribute("href", /\/posts\//);
  await expect(latest).toContainText("The next meetup is not announced yet.");
});
