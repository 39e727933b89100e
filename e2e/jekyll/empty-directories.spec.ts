import { expect, test } from "@playwright/test";

// The Jekyll posts carry no meetup data: the site still builds, with empty directories and no stray pages.
test("a site without speakers or meetups builds its directories, empty, and nothing else", async ({
  page,
  request,
}) => {
  await page.goto("/speakers/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main a[href^='/speakers/']")).toHaveCount(0);
  for (const path of ["/speakers/_nothing-to-build/", "/events/_nothing-to-build.ics"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
