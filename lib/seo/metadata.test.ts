import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildPageMetadata, buildPostMetadata, shorten } from "./metadata";
import { site } from "../site";
import { loadPost, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

describe("post metadata", () => {
  it("is an article with a canonical URL, its image and size, a large Twitter card and its publication time", () => {
    const meta = buildPostMetadata(
      loadPost("title: Talk\ndescription: About it.\nimage: /images/2019-05-cloud-native-london.jpg\ntags: [Security]"),
    );
    const url = `${site.url}/posts/talk/`;
    assert.equal(meta.title, "Talk");
    assert.equal(meta.description, "About it.");
    assert.equal(meta.alternates?.canonical, url);
    assert.deepEqual(meta.alternates?.types, {
      "application/atom+xml": [{ url: `${site.url}/feed.xml`, title: site.name }],
    });
    assert.deepEqual(meta.openGraph, {
      title: "Talk",
      description: "About it.",
      url,
      siteName: site.name,
      locale: "en_GB",
      images: [{ url: `${site.url}/images/2019-05-cloud-native-london.jpg`, width: 1200, height: 800, alt: "Talk" }],
      type: "article",
      publishedTime: "2019-05-14T23:00:00.000Z",
      modifiedTime: "2019-05-14T23:00:00.000Z",
      authors: [site.author],
      tags: ["Security"],
    });
    assert.equal((meta.twitter as { card?: string }).card, "summary_large_image");
  });

  it("falls back to the first paragraph for the description and the generated card for the image", () => {
    const meta = buildPostMetadata(loadPost("title: Talk", "The first paragraph.\n\nThe second."));
    assert.equal(meta.description, "The first paragraph.");
    assert.deepEqual((meta.openGraph as { images: unknown[] }).images, [
      { url: `${site.url}/og/talk.png`, width: 1200, height: 630, alt: "Talk" },
    ]);
  });
});

describe("page metadata", () => {
  it("links the previous and next pages of a list, and a tag's own feed", () => {
    const meta = buildPageMetadata({
      title: "Posts tagged X, page 2",
      path: "/tags/x/page/2/",
      pagination: { base: "/tags/x/", page: 2, totalPages: 3 },
      feed: { title: "X", path: "/tags/x/feed.xml" },
    });
    assert.deepEqual(meta.pagination, { previous: `${site.url}/tags/x/`, next: `${site.url}/tags/x/page/3/` });
    assert.equal(meta.alternates?.canonical, `${site.url}/tags/x/page/2/`);
    assert.deepEqual(
      (meta.alternates?.types?.["application/atom+xml"] as { url: string }[]).map((feed) => feed.url),
      [`${site.url}/feed.xml`, `${site.url}/tags/x/feed.xml`],
    );
    assert.deepEqual(buildPageMetadata({ path: "/", pagination: { base: "/", page: 1, totalPages: 1 } }).pagination, {
      previous: undefined,
      next: undefined,
    });
  });

  it("shortens long descriptions at a word boundary", () => {
    const long = `${"word ".repeat(60)}end`;
    const short = shorten(long);
    assert.ok(short.length <= 200, String(short.length));
    assert.match(short, /word…$/);
    assert.equal(shorten("  Short   text. "), "Short text.");
  });
});
