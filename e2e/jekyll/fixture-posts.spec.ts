import { expect, test } from "@playwright/test";
import { placeholderImage } from "./placeholders";

test("a hero with spaces in its path, a Twitter Moment and a PDF of the site's own", async ({ page }) => {
  await page.goto("/posts/jekyll-fixture-local-files/");
  await expect(page.locator("article.post header")).toContainText("Berlin, Germany");
  const hero = page.locator("figure.hero img");
  await expect(page.locator("figure.hero a")).toHaveAttribute(
    "href",
    "/images/fixtures/Hero%20Photo%20With%20Spaces.jpg",
  );
  // The 960-pixel original is narrower than a phone's column at DPR 2.6: its own width, never enlarged.
  await expect.poll(() => hero.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(/-960\.avif$/);
  await expect(page.getByRole("list", { name: "Tags" }).first().getByRole("link")).toHaveText(["Fixture", "2019"]);

  await expect(page.getByRole("link", { name: /Twitter Moment/ })).toHaveAttribute(
    "href",
    "https://twitter.com/i/moments/1049339826375012352",
  );

  const pdfLink = page.getByRole("link", { name: "Open the PDF: fixture slides.pdf" });
  await expect(pdfLink).toHaveAttribute("href", "/files/fixture%20slides.pdf");
  await expect(page.locator("iframe[title='PDF: fixture slides.pdf']")).toHaveAttribute(
    "src",
    "/files/fixture%20slides.pdf",
  );
  const pdf = await page.request.get("/files/fixture%20slides.pdf");
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a link written with {{ site.baseurl }} leads to the other post, whose hero is on another host", async ({
  page,
}) => {
  const jpeg = await placeholderImage(".jpg");
  await page.route("https://pbs.twimg.com/**", (route) => route.fulfill({ body: jpeg, contentType: "image/jpeg" }));
  await page.goto("/posts/jekyll-fixture-local-files/");
  await page.getByRole("link", { name: "the remote image fixture" }).click();
  await expect(page).toHaveURL(/\/posts\/jekyll-fixture-remote-image\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jekyll fixture: a hero image on another host");
  const hero = page.locator("figure.hero img");
  await expect(hero).toHaveAttribute("src", "https://pbs.twimg.com/media/jekyll-fixture.jpg");
  await expect.poll(() => hero.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(960);
  await expect(page.getByRole("list", { name: "Tags" }).first().getByRole("link")).toHaveText(["Fixture", "Remote"]);
});

test.describe("a post dropped in unchanged, as Jekyll read it", () => {
  const page = "/posts/jekyll-fixture-capitals-suse-and-dynatrace/";

  test("is at the lower-case slug, with its empty fields absent and Jekyll's URL filters resolved", async ({
    page: browser,
  }) => {
    expect((await browser.goto(page))?.status()).toBe(200);
    await expect(browser.getByRole("heading", { level: 1 })).toHaveText(
      "Jekyll fixture: capitals in the file name, empty fields and URL filters",
    );
    await expect(browser.getByRole("link", { name: /Twitter Moment/ })).toHaveCount(0);
    await expect(browser.getByRole("link", { name: "the other fixture" })).toHaveAttribute(
      "href",
      "/posts/jekyll-fixture-remote-image/",
    );
    await expect(browser.getByRole("link", { name: "this site's home" })).toHaveAttribute(
      "href",
      /^https?:\/\/[^/]+\/$/,
    );
  });

  for (const old of [
    "/posts/jekyll-fixture-Capitals-SUSE-and-Dynatrace/",
    "/2019/07/03/jekyll-fixture-Capitals-SUSE-and-Dynatrace/",
  ]) {
    test(`keeps its capitalised URL ${old}, which leads to it`, async ({ page: browser }) => {
      await browser.goto(old);
      await expect(browser).toHaveURL(new RegExp(`${page}$`));
      await expect(browser.getByRole("heading", { level: 1 })).toContainText("capitals in the file name");
    });
  }
});
