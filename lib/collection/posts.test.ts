import assert from "node:assert/strict";
import { utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ContentError, formatProblem } from "../content/content-error";
import { getAllPosts, getAllTags, getPostBySlug, getPostsByTag, readPostCollection } from "./posts";
import { post, setEnv, setPosts, withEnv, writePosts } from "../../test/support/test-helpers";

describe("the post collection", () => {
  it("sorts newest first, by date and then by slug", () => {
    setPosts({
      "2019-01-01-b.md": post("title: B"),
      "2018-01-01-old.md": post("title: Old"),
      "2019-01-01-a.md": post("title: A"),
      "2017-05-05-moved.md": post("title: Moved\ndate: 2020-01-01"),
    });
    assert.deepEqual(
      getAllPosts().map((p) => p.slug),
      ["moved", "a", "b", "old"],
    );
  });

  it("leaves drafts and moved posts out of every list but keeps moved posts' pages", () => {
    setPosts({
      "2019-01-01-live.md": post("title: Live\ntags: [x]"),
      "2019-01-02-draft.md": post("title: Draft\npublished: false\ntags: [x]"),
      "2019-01-03-gone.md": post("title: Gone\nredirect_to: https://example.com/\ntags: [x]"),
    });
    assert.deepEqual(
      getAllPosts().map((p) => p.slug),
      ["live"],
    );
    assert.deepEqual(
      getPostsByTag("x").map((p) => p.slug),
      ["live"],
    );
    assert.deepEqual(getAllTags(), [{ name: "x", slug: "x", count: 1 }]);
    assert.equal(getPostBySlug("draft"), undefined);
    assert.equal(getPostBySlug("gone")?.redirect_to, "https://example.com/");
  });

  it("shows drafts, marked unpublished, only under next dev", () => {
    setPosts({ "2019-01-02-draft.md": post("title: Draft\npublished: false") });
    withEnv({ NODE_ENV: "development" }, () =>
      assert.deepEqual(
        getAllPosts().map((p) => [p.slug, p.published]),
        [["draft", false]],
      ),
    );
    assert.deepEqual(getAllPosts(), []);
  });

  it("under next dev, keeps a broken post's errors to its own page; a build refuses the whole collection", () => {
    setPosts({
      "2019-01-01-good.md": post("title: Good"),
      "2019-01-02-broken.md": post("title: Broken\ndate: 2019-13-02"),
    });
    withEnv({ NODE_ENV: "development" }, () => {
      assert.deepEqual(
        getAllPosts().map((p) => p.slug),
        ["good"],
      );
      assert.equal(getPostBySlug("good")?.title, "Good");
      assert.throws(() => getPostBySlug("broken"), /2019-01-02-broken\.md:3: date: "2019-13-02" is not a date/);
      assert.equal(getPostBySlug("missing"), undefined);
    });
    assert.throws(() => getAllPosts(), ContentError);
  });

  it("refuses two posts with one slug, naming both files", () => {
    const directory = writePosts({
      "2019-01-01-same.md": post("title: One"),
      "2020-01-01-same.md": post("title: Two"),
    });
    const { problems } = readPostCollection(directory);
    assert.equal(problems.length, 1);
    assert.match(
      formatProblem(problems[0]!),
      /2019-01-01-same\.md:1: file name: slug "same" is also used by .*2020-01-01-same\.md/,
    );
  });

  it("refuses two names that differ only in letter case, and says how to rename one", () => {
    const directory = writePosts({
      "2016-03-09-Testing.md": post("title: Again"),
      "2015-03-11-testing.md": post("title: First"),
    });
    const shown = `${path.relative(process.cwd(), directory)}/`;
    const messages = readPostCollection(directory).problems.map((problem) =>
      formatProblem(problem).replaceAll(shown, ""),
    );
    assert.deepEqual(messages, [
      '2015-03-11-testing.md:1: file name: slug "testing" is also used by 2016-03-09-Testing.md ' +
        "(the names differ only in letter case) " +
        "(one post per slug: rename one of the files, e.g. 2015-03-11-testing-2015.md, and list its old URL in redirect_from)",
    ]);
  });

  it("refuses two tags that become one URL, naming both tags", () => {
    const directory = writePosts({
      "2019-01-01-a.md": post("title: A\ntags: [CI/CD]"),
      "2019-01-02-b.md": post("title: B\ntags: [ci cd]"),
    });
    const messages = readPostCollection(directory).problems.map(formatProblem);
    assert.equal(messages.length, 1);
    assert.match(
      messages[0] ?? "",
      /2019-01-01-a\.md:1: tags: tag "CI\/CD" and tag "ci cd" \(.*2019-01-02-b\.md\) both become \/tags\/ci-cd\//,
    );
  });

  it("treats tags that differ only in letter case as one tag", () => {
    setPosts({
      "2019-01-01-a.md": post("title: A\ntags: [Meetup]"),
      "2019-01-02-b.md": post("title: B\ntags: [meetup]"),
    });
    assert.deepEqual(getAllTags(), [{ name: "meetup", slug: "meetup", count: 2 }]);
  });

  it("stops with every error at once rather than skipping a broken post", () => {
    setPosts({
      "2019-01-01-ok.md": post("title: Fine"),
      "2019-01-02-broken.md": "---\ntitle: [oops\n---\n",
      "2019-01-03-untitled.md": post("description: x"),
    });
    assert.throws(getAllPosts, (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.equal(error.problems.length, 2);
      assert.match(error.message, /^2 content errors:\n.*2019-01-02-broken\.md:2: title: opens a list with \[/m);
      assert.match(error.message, /2019-01-03-untitled\.md:1: title: is missing/);
      return true;
    });
  });
});

describe("the post collection during a build", () => {
  it("picks up a post added to the folder after the first read", () => {
    const directory = writePosts({ "2019-01-01-a.md": post("title: A\ntags: [x]") });
    setEnv({ POSTS_DIR: directory });
    assert.deepEqual(
      getPostsByTag("x").map((p) => p.slug),
      ["a"],
    );
    writeFileSync(path.join(directory, "2019-01-02-b.md"), post("title: B\ntags: [x]"));
    // File times tick coarsely (a few ms); an editor adds a post seconds later, not in the same tick.
    const later = new Date(Date.now() + 2000);
    utimesSync(directory, later, later);
    assert.deepEqual(
      getPostsByTag("x").map((p) => p.slug),
      ["b", "a"],
    );
    assert.equal(getPostBySlug("b")?.title, "B");
  });
});

describe("tags named twice in one post", () => {
  it("list and count the post once", () => {
    setPosts({ "2019-01-01-a.md": post("title: A\ntags: [Meetup, meetup]") });
    assert.deepEqual(
      getPostsByTag("meetup").map((p) => p.slug),
      ["a"],
    );
    assert.equal(getAllTags()[0]?.count, 1);
  });
});
