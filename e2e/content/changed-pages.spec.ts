import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { getAllPosts } from "../../lib/collection/posts";
import { site } from "../../lib/site";
import { listCheckedPages } from "./changed-pages";

// The site's own content, whatever it is, in the export `npm run build` wrote to out/: on a content-only pull
// request (tools/classify-change.ts) each page it added or altered and a smoke set; in `npm test`, every page.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const { path, reason } of listCheckedPages()) {
  test(`${path} (${reason}) renders, passes axe, runs no script from content and loads its images`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();

    const scripts = await page
      .locator("script")
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("src") ?? `inline ${element.getAttribute("type") ?? ""}`),
      );
    const notOurs = scripts.filter((script) => !/^\/js\/[a-z0-9-]+\.js$|^inline application\/ld\+json$/.test(script));
    expect(notOurs).toEqual([]);

    // Every image of this site's own, fetched now rather than when scrolled to, must decode; other hosts' are
    // left out, since CI may have no internet.
    const broken = await page.locator("img").evaluateAll((images) =>
      Promise.all(
        (images as HTMLImageElement[])
          .filter((image) => new URL(image.currentSrc || image.src).origin === location.origin)
          .map(async (image) => {
            image.loading = "eager";
            try {
              await image.decode();
              return image.naturalWidth > 0 ? undefined : image.currentSrc;
            } catch {
              return image.currentSrc || image.src;
            }
          }),
      ).then((results) => results.filter(Boolean)),
    );
    expect(broken).toEqual([]);

    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test("the feed parses and lists the newest posts, as many as there are up to its size", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  const feed = new XMLParser().parse(await response.text()) as { feed?: { entry?: unknown } };
  const entries = feed.feed?.entry;
  expect(Array.isArray(entries) ? entries.length : entries ? 1 : 0).toBe(Math.min(getAllPosts().length, site.feedSize));
});
