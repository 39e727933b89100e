import { expect, test } from "@playwright/test";
import { getAllPosts, getAllTags } from "../lib/collection/posts";
import { getSitePaths } from "../lib/lists/site-paths";
import { site } from "../lib/site";
import { parseAtomFeed, parseSitemap } from "../test/support/xml-test-helpers";

// The export names its pages by their public URLs; the test server serves them at its own address.
const localPath = (url: string) => url.replace(site.url, "");

test("the site feed parses as Atom and holds the newest posts, with absolute links", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  const feed = parseAtomFeed(await response.text());
  const newest = getAllPosts().slice(0, site.feedSize);
  expect(feed.entries.map((entry) => entry.title)).toEqual(newest.map((post) => post.title));
  expect(feed.entries.map((entry) => entry.link)).toEqual(newest.map((post) => `${site.url}${post.url}`));
  for (const entry of feed.entries) {
    expect(entry.content).not.toMatch(/(src|href)="\/(?!\/)/);
    expect(entry.thumbnail).toMatch(/^https?:\/\//);
  }
});

test("every tag has a feed holding exactly its posts", async ({ request }) => {
  for (const tag of getAllTags()) {
    const response = await request.get(`/tags/${tag.slug}/feed.xml`);
    expect(response.status(), tag.slug).toBe(200);
    const feed = parseAtomFeed(await response.text());
    expect(feed.entries.length, tag.slug).toBe(Math.min(tag.count, site.feedSize));
    for (const entry of feed.entries) expect(entry.categories, entry.title).toContain(tag.name);
  }
});

test("every page links the feed in its head", async ({ page }) => {
  for (const path of ["/", "/posts/kubernetes-reading-list/", "/tags/", "/archive/", "/search/"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
      "href",
      `${site.url}/feed.xml`,
    );
  }
});

test("robots.txt points to a sitemap whose every URL answers 200, with lastmod, and no draft", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${site.url}/sitemap.xml`);

  const entries = parseSitemap(await (await request.get("/sitemap.xml")).text());
  const expected = [...getSitePaths()].filter((path) => path.endsWith("/") && path !== "/search/");
  expect(entries.map((entry) => localPath(entry.loc)).sort()).toEqual(expected.sort());
  expect(entries.map((entry) => localPath(entry.loc))).not.toContain("/posts/cloud-native-london-january-2027/");
  for (const entry of entries) {
    expect(Number.isNaN(Date.parse(entry.lastmod)), entry.loc).toBe(false);
    const response = await request.get(localPath(entry.loc), { maxRedirects: 0 });
    expect(response.status(), entry.loc).toBe(200);
  }
});
