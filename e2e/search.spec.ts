import { expect, test } from "@playwright/test";

test("searching a speaker's name from the header finds the writeup, with the name highlighted", async ({ page }) => {
  // The header's box shows from 48rem; a phone has the search button alone (e2e/site-pages.spec.ts).
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search the site" }).fill("Escolar");
  await page.getByRole("searchbox", { name: "Search the site" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Escolar$/);
  await expect(page.getByRole("status")).toHaveText("1 post found for “Escolar”.");
  const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(result.getByRole("link")).toHaveText("Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys");
  await expect(result.getByText("9 October 2018")).toBeVisible();
  await expect(result.locator("mark").first()).toHaveText(/^Escolar\b/);
  await result.getByRole("link").click();
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-october-2018\/$/);
});

test("results narrow by tag and by year", async ({ page }) => {
  await page.goto("/search/?q=security");
  const titles = page.locator(".search-results h2");
  await expect(page.getByRole("status")).toHaveText(/posts? found for “security”/);
  const all = await titles.count();
  expect(all).toBeGreaterThan(1);

  await page.getByLabel("Year").selectOption("2019");
  await expect(page).toHaveURL(/year=2019/);
  await expect(page.getByRole("status")).toHaveText("1 post found for “security”, from 2019.");
  await expect(titles).toHaveText(["Cloud Native London, May 2019: supply-chain security"]);

  await page.getByLabel("Year").selectOption("");
  await page.getByLabel("Tag").selectOption("Security");
  await expect(page.getByRole("status")).toHaveText(/, tagged Security\.$/);
  await expect(titles).toHaveCount(2);
  // Results come in order of relevance, so compare them as a set.
  expect((await titles.allTextContents()).sort()).toEqual([
    "Cloud Native London, March 2021: feature stores, BDD and deterministic security",
    "Cloud Native London, May 2019: supply-chain security",
  ]);
});

test("results follow the typing, with no Enter", async ({ page }) => {
  await page.goto("/search/");
  await page.getByRole("searchbox", { name: "Search posts" }).pressSequentially("Escolar");
  await expect(page.getByRole("status")).toHaveText("1 post found for “Escolar”.");
  await expect(page).toHaveURL(/\/search\/\?q=Escolar$/);
});

test("only the Pagefind files the search page uses are published, not Pagefind's own UI", async ({ request }) => {
  expect((await request.get("/pagefind/pagefind.js")).status()).toBe(200);
  for (const file of ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-highlight.js"])
    expect((await request.get(`/pagefind/${file}`)).status()).toBe(404);
});

test("Pagefind's code is loaded on the search page only", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) loaded.push(request.url());
  });
  await page.goto("/posts/cloud-native-london-october-2018/");
  await page.waitForLoadState("networkidle");
  expect(loaded).toEqual([]);
  await page.goto("/search/?q=kubernetes");
  await expect(page.getByRole("status")).toHaveText(/found/);
  expect(loaded.some((url) => url.endsWith("/pagefind/pagefind.js"))).toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box still reaches the search page, which points to the archive", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/tags/");
    await page.getByRole("searchbox", { name: "Search the site" }).fill("kubernetes");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/\?q=kubernetes$/);
    // Playwright's text matching skips <noscript> content, so the shown message is read from the DOM.
    const message = page.locator("noscript p");
    await expect(message).toBeVisible();
    expect(await message.evaluate((element) => element.textContent)).toContain("Search needs JavaScript.");
    await page.getByRole("link", { name: "the archive" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
  });
});

test("the index holds the article's text, not its metadata, captions or repeated names", async ({ page }) => {
  await page.goto("/search/?q=Fremantle");
  const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(result).toHaveCount(1);
  const excerpt = (await result.locator("p").allTextContents()).join(" ");
  expect(excerpt).toContain("Fremantle");
  expect(excerpt).not.toMatch(/Paul Fremantle\s+Paul Fremantle/);
  expect(excerpt).not.toMatch(/min read|London, UK/);
  // One search box on the search page: the header's is not shown there.
  await expect(page.getByRole("searchbox")).toHaveCount(1);
});
