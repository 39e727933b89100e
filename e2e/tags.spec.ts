import { expect, test } from "@playwright/test";

test("the tag index counts posts and each tag page lists exactly its posts", async ({ page }) => {
  await page.goto("/tags/");
  const security = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Security", exact: true }) });
  await expect(security).toContainText("2 posts");

  await security.getByRole("link").click();
  await expect(page).toHaveURL(/\/tags\/security\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posts tagged “Security”");
  await expect(page.locator("article.card h2")).toHaveText([
    "Cloud Native London, March 2021: feature stores, BDD and deterministic security",
    "Cloud Native London, May 2019: supply-chain security",
  ]);
});

test("a tag link on a post leads to that tag's page", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-november-2018/");
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "Observability" }).click();
  await expect(page.locator("article.card h2")).toHaveText([
    "Cloud Native London, November 2018: DeepMind Health, Grafana Labs and Neo4j",
    "Cloud Native London, September 2018: observability night",
  ]);
});
