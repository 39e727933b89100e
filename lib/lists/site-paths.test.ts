import assert from "node:assert/strict";
import { it } from "node:test";
import { getSitePaths } from "./site-paths";
import { normaliseSitePath } from "../content/path-syntax";
import { post, setPosts } from "../../test/support/test-helpers";

it("lists every page the site builds, and no page for drafts", () => {
  const files: Record<string, string> = { "2019-01-01-draft.md": post("title: Draft\npublished: false") };
  for (let day = 10; day < 23; day += 1) files[`2019-01-${day}-p${day}.md`] = post("title: P\ntags: [Meetup]");
  setPosts(files);
  const paths = getSitePaths();
  for (const path of [
    "/",
    "/page/2/",
    "/tags/",
    "/tags/meetup/",
    "/tags/meetup/page/2/",
    "/posts/p10/",
    "/archive/",
    "/archive/2019/",
    "/search/",
  ]) {
    assert.ok(paths.has(path), path);
  }
  assert.equal(paths.has("/posts/draft/"), false);
  assert.equal(paths.has("/page/3/"), false);
});

it("normalises paths the way a static host resolves them", () => {
  assert.equal(normaliseSitePath("posts/x"), "/posts/x/");
  assert.equal(normaliseSitePath("/posts/x/#part"), "/posts/x/");
  assert.equal(normaliseSitePath("/old.html"), "/old.html");
});
