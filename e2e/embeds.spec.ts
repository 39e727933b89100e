import { expect, test, type Page } from "@playwright/test";

const MARCH_2021 = "/posts/cloud-native-london-march-2021/";

/** Record every request that leaves this machine's site, answering it locally so nothing reaches the internet. */
async function recordThirdParty(page: Page, baseURL: string | undefined): Promise<string[]> {
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const requests: string[] = [];
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      requests.push(route.request().url());
      return route.fulfill({ contentType: "text/html", body: "<title>stub</title>" });
    },
  );
  return requests;
}

async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForLoadState("networkidle");
}

test("no sample post page requests anything from a third party", async ({ page, baseURL }) => {
  const posts: string[] = [];
  for (const list of ["/", "/page/2/"]) {
    await page.goto(list);
    for (const href of await page
      .locator("article.card a.card-link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
      if (href) posts.push(href);
  }
  expect(posts.length).toBeGreaterThanOrEqual(13);
  const requests = await recordThirdParty(page, baseURL);
  for (const post of posts) {
    await page.goto(post);
    await scrollToEnd(page);
  }
  expect(requests).toEqual([]);
});

test("a video loads from youtube-nocookie.com only when the reader presses play", async ({ page, baseURL }) => {
  const requests = await recordThirdParty(page, baseURL);
  await page.goto(MARCH_2021);
  await scrollToEnd(page);
  const play = page.getByRole("button", { name: /^Play video: Recording: Cloud Native London, March 2021/ });
  await expect(play).toBeVisible();
  await expect(play).toContainText("YouTube · from 30:37");
  await expect(page.getByRole("link", { name: "Watch on YouTube" })).toHaveAttribute(
    "href",
    "https://www.youtube.com/watch?v=9yUHJ5So6Rs&t=1837s",
  );
  expect(requests).toEqual([]);

  await play.click();
  const player = page.locator("iframe");
  await expect(player).toHaveAttribute(
    "src",
    "https://www.youtube-nocookie.com/embed/9yUHJ5So6Rs?autoplay=1&start=1837",
  );
  await expect(player).toBeFocused();
  await expect
    .poll(() => requests)
    .toContain("https://www.youtube-nocookie.com/embed/9yUHJ5So6Rs?autoplay=1&start=1837");
  expect(requests.every((url) => new URL(url).hostname === "www.youtube-nocookie.com")).toBe(true);
});
