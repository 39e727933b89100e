import assert from "node:assert/strict";
import { it } from "node:test";
import { site } from "../site";
import { buildRobots, buildSitemap } from "./sitemap";
import { post, setEnv, setPosts, writePosts } from "../../test/support/test-helpers";

it("lists every page with lastmod, and no draft, redirect, search page or calendar file", () => {
  setEnv({
    PAGES_DIR: writePosts({
      "about.md": "---\ntitle: About\nupdated: 2020-07-01\n---\nHi.\n",
      "hidden.md": "---\ntitle: Hidden\npublished: false\n---\nHi.\n",
      "short.md": "---\npermalink: /go\nredirect_to: https://example.com/\n---\n",
    }),
  });
  setPosts({
    "2019-01-01-old.md": post("title: Old\ntags: [Meetup, Security]"),
    "2020-06-01-new.md": post(
      "title: New\ntags: [Meetup]\nevent:\n  date: 2020-06-01\nspeakers:\n  - name: Ada Lovelace",
    ),
    "2021-01-01-draft.md": post("title: Draft\npublished: false\ntags: [Drafty]"),
    "2021-02-01-moved.md": post("title: Moved\nredirect_to: https://example.com/"),
  });
  const entries = new Map(buildSitemap().map((entry) => [entry.url.replace(site.url, ""), entry.lastModified]));
  assert.deepEqual([...entries.keys()].sort(), [
    "/",
    "/about/",
    "/archive/",
    "/archive/2019/",
    "/archive/2020/",
    "/events/",
    "/posts/new/",
    "/posts/old/",
    "/speakers/",
    "/speakers/ada-lovelace/",
    "/sponsors/",
    "/tags/",
    "/tags/meetup/",
    "/tags/security/",
  ]);
  const day = (path: string) => (entries.get(path) as Date).toISOString().slice(0, 10);
  assert.equal(day("/posts/old/"), "2019-01-01");
  assert.equal(day("/tags/security/"), "2019-01-01");
  assert.equal(day("/tags/meetup/"), "2020-05-31");
  assert.equal(day("/archive/2019/"), "2019-01-01");
  assert.equal(day("/"), "2020-05-31");
  assert.equal(day("/about/"), "2020-06-30");
});

it("points robots.txt at the sitemap", () => {
  assert.deepEqual(buildRobots(), { rules: [{ userAgent: "*", allow: "/" }], sitemap: `${site.url}/sitemap.xml` });
});
