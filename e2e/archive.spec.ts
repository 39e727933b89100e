import { expect, test } from "@playwright/test";

test("the archive groups posts by year and month, and each year has its own page", async ({ page }) => {
  await page.goto("/");
  // On a phone the header's links are behind its Menu.
  await page.locator(".site-header summary", { hasText: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
  const year2018 = page.getByRole("region", { name: /^2018/ });
  await expect(year2018.getByRole("heading", { level: 3 })).toHaveText([
    "December 2018",
    "November 2018",
    "October 2018",
    "September 2018",
  ]);
  await expect(
    page.getByRole("region", { name: "October 2018" }).getByRole("link", {
      name: "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
    }),
  ).toBeVisible();

  await year2018.getByRole("link", { name: "2018", exact: true }).click();
  await expect(page).toHaveURL(/\/archive\/2018\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posts from 2018");
  await expect(page.getByText("4 posts")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(4);
});

test("an article shows its reading time; a meetup writeup shows its neighbours and related posts instead", async ({
  page,
}) => {
  await page.goto("/posts/kubernetes-reading-list/");
  await expect(page.locator("article.post header")).toContainText(/\d+ min read/);

  await page.goto("/posts/cloud-native-london-november-2018/");
  await expect(page.locator("article.post header")).not.toContainText("min read");

  const neighbours = page.getByRole("navigation", { name: "Newer and older posts" });
  await expect(neighbours.getByRole("link", { name: /Previous post/ })).toContainText(
    "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
  );
  await expect(neighbours.getByRole("link", { name: /Next post/ })).toContainText("Cloud Native London, December 2018");

  const related = page.getByRole("region", { name: "Related posts" });
  const links = related.getByRole("link");
  await expect(links).toHaveCount(3);
  // Shares Observability, Meetup and 2018 with September 2018: the most tags in common.
  await expect(links.first()).toHaveText("Cloud Native London, September 2018: observability night");

  await neighbours.getByRole("link", { name: /Previous post/ }).click();
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-october-2018\/$/);
});
