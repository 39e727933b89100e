import { expect, test } from "@playwright/test";

test("a post shows its title, date, location, tags, hero image and body", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-october-2018/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
  );
  await expect(page.locator("article.post header time")).toHaveText("9 October 2018");
  await expect(page.locator("article.post header time")).toHaveAttribute("datetime", "2018-10-09");
  await expect(page.getByText("London, UK")).toBeVisible();
  const tags = page.getByRole("list", { name: "Tags" }).first();
  await expect(tags.getByRole("link")).toHaveText(["Photos", "2018", "Meetup"]);
  await expect(page.getByText("eBPF, the extended Berkeley Packet Filter")).toBeVisible();

  const hero = page.locator("figure.hero img");
  await expect(hero).toHaveAttribute(
    "src",
    /^\/images\/processed\/[0-9a-f]{16}\/2018-10-cloud-native-london-\d+\.jpg$/,
  );
  // It links to its full size, at the original's own path.
  await expect(page.locator("figure.hero a")).toHaveAttribute("href", "/images/2018-10-cloud-native-london.jpg");
  expect(await hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
});

test("body photos are figures with their alt text as caption and real dimensions", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-october-2018/");
  const figure = page.locator("figure", { hasText: "Luke Addison" });
  await expect(figure.locator("figcaption")).toHaveText("Luke Addison");
  await expect(figure.locator("img")).toHaveAttribute("width", "480");
  await expect(figure.locator("img")).toHaveAttribute("height", "480");
});

test("a post with a table and a code block renders both", async ({ page }) => {
  await page.goto("/posts/kubernetes-reading-list/");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(6);
  await expect(page.locator("pre code")).toContainText("kubectl create deployment hello");
  // hide_image: the image is kept for cards but not shown on the page.
  await expect(page.locator("figure.hero")).toHaveCount(0);
});
