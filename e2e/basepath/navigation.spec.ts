import { expect, test } from "@playwright/test";
import { BASE, watchRequests } from "./base-path";

test("a reader moves through lists, posts, body links and tags without leaving the base path", async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto(`${BASE}/`);
  await expect(page.locator("article.card h2").first()).toHaveText(
    "Cloud Native London, December 2026: the end-of-year meetup",
  );

  await page.getByRole("link", { name: "Older posts →" }).click();
  await expect(page).toHaveURL(`${BASE}/page/2/`);
  await page.getByRole("link", { name: "← Newer posts" }).click();
  await expect(page).toHaveURL(`${BASE}/`);
  await page
    .getByRole("link", { name: "Cloud Native London, November 2018: DeepMind Health, Grafana Labs and Neo4j" })
    .click();
  await expect(page).toHaveURL(`${BASE}/posts/cloud-native-london-november-2018/`);

  await page.getByRole("link", { name: "the October 2018 writeup" }).click();
  await expect(page).toHaveURL(`${BASE}/posts/cloud-native-london-october-2018/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
  );

  await page.getByRole("list", { name: "Tags" }).first().getByRole("link", { name: "Meetup" }).click();
  await expect(page).toHaveURL(`${BASE}/tags/meetup/`);
  // On a phone the header's links are behind its Menu.
  await page.locator(".site-header summary", { hasText: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tags" }).click();
  await expect(page).toHaveURL(`${BASE}/tags/`);
  await page.locator(".site-header .brand").click();
  await expect(page).toHaveURL(`${BASE}/`);

  expect(requests.outside).toEqual([]);
  expect(requests.failed).toEqual([]);
});

test("an unknown path below the base path gets the designed 404 page, whose link leads home", async ({ page }) => {
  const requests = watchRequests(page);
  const response = await page.goto(`${BASE}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not here");
  await page.getByRole("link", { name: "See the latest posts" }).click();
  await expect(page).toHaveURL(`${BASE}/`);
  await expect(page.locator("article.card").first()).toBeVisible();
  expect(requests.outside).toEqual([]);
  expect(requests.failed.filter((failure) => !failure.endsWith(`${BASE}/no-such-page/`))).toEqual([]);
});
