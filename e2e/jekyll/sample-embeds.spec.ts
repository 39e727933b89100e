import { expect, test } from "@playwright/test";
import { listSampleFiles, SAMPLES_ABSENT } from "./samples";

test.skip(listSampleFiles().length === 0, SAMPLES_ABSENT);

test("embedded tweets stay readable quotes that link to X/Twitter, and no widget script loads", async ({ page }) => {
  const thirdParty: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) thirdParty.push(request.url());
  });
  await page.goto("/posts/persistent-storage-with-kubernetes-in-production-kubecon-cloud-native-con-2017-austin/");
  const tweets = page.locator("blockquote.twitter-tweet");
  await expect(tweets).toHaveCount(5);
  const first = tweets.first();
  await expect(first).toContainText("StorageOS and other solutions gives k8s super powers");
  await expect(first).toContainText("Ryan Blunden (@ryan_blunden)");
  await expect(first.getByRole("link", { name: "View on X/Twitter" })).toHaveAttribute(
    "href",
    "https://twitter.com/ryan_blunden/status/939181292788346881",
  );
  await expect(page.getByRole("link", { name: "View on X/Twitter" })).toHaveCount(5);
  await expect(page.locator("script[src*='twitter']")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  expect(thirdParty.filter((url) => url.includes("twitter.com") || url.includes("twimg.com"))).toEqual([]);
});

test("a PDF embedded with <object> becomes a link to the PDF, with no frame to another host", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-july-2017-red-hat-and-katacoda/");
  const link = page.getByRole("link", { name: "Open the PDF: Cloud-Native-London-July-with-notes.pdf" });
  await expect(link).toHaveAttribute(
    "href",
    "https://www.oicheryl.com/resources/Cloud-Native-London-July-with-notes.pdf",
  );
  await expect(page.locator(".prose").getByText("on www.oicheryl.com")).toBeVisible();
  await expect(page.locator(".prose object, .prose embed, .prose iframe")).toHaveCount(0);
});

test("a body image whose path has spaces, written with {{site.baseurl}}, is shown", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-july-2017-red-hat-and-katacoda/");
  const figure = page.locator("figure", { hasText: "Cloud Native London" });
  const image = figure.getByRole("img", { name: "Cloud Native London" });
  await expect(figure.getByRole("link")).toHaveAttribute("href", "/images/Cloud%20Native%20London%20July.png");
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByText("![Cloud Native London]")).toHaveCount(0);
});

test("a Vimeo embed stays an embed of that video", async ({ page }) => {
  await page.goto("/posts/eight-principles-of-cloud-native-storage-cloudnative-conference/");
  await expect(page.locator("[src*='player.vimeo.com/video/235727293'], [href*='vimeo.com']").first()).toBeAttached();
});

test("the draft sample has no page and is in no list", async ({ page }) => {
  expect((await page.goto("/posts/cncf-end-user-tech-radar-october-2020/"))?.status()).toBe(404);
  await page.goto("/");
  await expect(page.getByText("CNCF End User Technology Radar")).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: "Cloud Native London June 2024: JustEat, Cloudified, and more" }),
  ).toBeVisible();
});
