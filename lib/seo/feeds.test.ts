import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildSiteFeed, buildTagFeed } from "./feeds";
import { getAllPosts } from "../collection/posts";
import { site } from "../site";
import { post, setPosts, setFixtureSite } from "../../test/support/test-helpers";
import { parseAtomFeed } from "../../test/support/xml-test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

function writeSite(count: number): void {
  const files: Record<string, string> = {
    "2030-01-01-draft.md": post("title: Draft\npublished: false\ntags: [Meetup]"),
    "2030-01-02-moved.md": post("title: Moved\nredirect_to: https://example.com/\ntags: [Meetup]"),
  };
  for (let day = 1; day <= count; day += 1) {
    const date = `2020-01-${String(day).padStart(2, "0")}`;
    files[`${date}-p${day}.md`] = post(`title: Post ${day}\ntags: [Meetup${day % 2 ? ", Odd" : ""}]`, `Body ${day}.`);
  }
  setPosts(files);
}

describe("the site feed", () => {
  it("holds the newest feedSize listed posts, newest first, and no draft or moved post", () => {
    writeSite(25);
    const feed = parseAtomFeed(buildSiteFeed());
    assert.equal(site.feedSize, 20);
    assert.equal(feed.entries.length, site.feedSize);
    assert.deepEqual(
      feed.entries.map((entry) => entry.title),
      getAllPosts()
        .slice(0, site.feedSize)
        .map((p) => p.title),
    );
    assert.equal(feed.entries[0]?.title, "Post 25");
    assert.ok(!feed.entries.some((entry) => ["Draft", "Moved"].includes(entry.title)));
  });

  it("describes itself: title, subtitle, self and alternate links, updated, author and icon", () => {
    writeSite(3);
    const feed = parseAtomFeed(buildSiteFeed());
    assert.equal(feed.title, site.name);
    assert.equal(feed.subtitle, site.description);
    assert.equal(feed.id, `${site.url}/feed.xml`);
    assert.deepEqual(
      feed.links.map((link) => [link.rel, link.href]),
      [
        ["self", `${site.url}/feed.xml`],
        ["alternate", `${site.url}/`],
      ],
    );
    assert.equal(feed.updated, "2020-01-03T00:00:00.000Z");
    assert.equal(feed.author, site.author);
    assert.equal(feed.icon, `${site.url}/icon.svg`);
  });

  it("gives each entry its link, dates, summary, full content with absolute URLs, tags and thumbnail", () => {
    setPosts({
      "2021-03-03-full.md": post(
        'title: "Full <entry> & more"\ndescription: The summary.\nimage: /images/2018-10-cloud-native-london.jpg\ntags: [Meetup, Security]',
        "Intro with [a post](/posts/other/) and [a section](#part).\n\n![Luke](/images/speakers/luke-addison.jpg)",
      ),
      "2021-03-02-bare.md": post("title: Bare", "First paragraph is the summary.\n\nSecond."),
    });
    const [full, bare] = parseAtomFeed(buildSiteFeed()).entries;
    const url = `${site.url}/posts/full/`;
    assert.equal(full?.title, "Full <entry> & more");
    assert.equal(full?.id, url);
    assert.equal(full?.link, url);
    assert.equal(full?.published, "2021-03-03T00:00:00.000Z");
    assert.equal(full?.updated, "2021-03-03T00:00:00.000Z");
    assert.equal(full?.summary, "The summary.");
    assert.match(full?.content ?? "", new RegExp(`<a href="${site.url}/posts/other/">a post</a>`));
    assert.match(full?.content ?? "", new RegExp(`<a href="${url}#part">`));
    assert.match(full?.content ?? "", new RegExp(`<img src="${site.url}/images/speakers/luke-addison.jpg"`));
    assert.doesNotMatch(full?.content ?? "", /data-standalone/);
    assert.deepEqual(full?.categories, ["Meetup", "Security"]);
    assert.equal(full?.thumbnail, `${site.url}/images/2018-10-cloud-native-london.jpg`);
    // Without a description the summary is the first paragraph; without an image, the generated card.
    assert.equal(bare?.summary, "First paragraph is the summary.");
    assert.equal(bare?.thumbnail, `${site.url}/og/bare.png`);
  });
});

describe("tag feeds", () => {
  it("hold exactly the listed posts carrying the tag", () => {
    writeSite(25);
    const feed = parseAtomFeed(buildTagFeed("odd") ?? "");
    assert.equal(feed.entries.length, 13);
    assert.ok(feed.entries.every((entry) => entry.categories.includes("Odd")));
    assert.equal(feed.links.find((link) => link.rel === "self")?.href, `${site.url}/tags/odd/feed.xml`);
    assert.equal(feed.links.find((link) => link.rel === "alternate")?.href, `${site.url}/tags/odd/`);
    assert.equal(buildTagFeed("no-such-tag"), undefined);
  });
});
