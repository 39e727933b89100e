import assert from "node:assert/strict";
import { it } from "node:test";
import { getPostNeighbours, getRelatedPosts } from "./post-navigation";
import { post, setPosts } from "../../test/support/test-helpers";

it("links each listed post to the newer and the older one, skipping drafts and moved posts", () => {
  setPosts({
    "2019-01-01-a.md": post("title: A"),
    "2019-02-01-draft.md": post("title: Draft\npublished: false"),
    "2019-03-01-b.md": post("title: B"),
    "2019-04-01-moved.md": post("title: Moved\nredirect_to: https://example.com/"),
    "2019-05-01-c.md": post("title: C"),
  });
  const titles = (slug: string) => {
    const { newer, older } = getPostNeighbours(slug);
    return [newer?.title, older?.title];
  };
  assert.deepEqual(titles("c"), [undefined, "B"]);
  assert.deepEqual(titles("b"), ["C", "A"]);
  assert.deepEqual(titles("a"), ["B", undefined]);
  assert.deepEqual(titles("moved"), [undefined, undefined]);
});

it("relates up to three posts by the most shared tags, newest first among equals", () => {
  setPosts({
    "2020-01-01-subject.md": post("title: Subject\ntags: [k8s, security, london]"),
    "2019-01-01-two-old.md": post("title: Two old\ntags: [k8s, security]"),
    "2019-06-01-two-new.md": post("title: Two new\ntags: [security, london]"),
    "2019-03-01-three.md": post("title: Three\ntags: [k8s, security, london]"),
    "2021-01-01-one.md": post("title: One\ntags: [london]"),
    "2022-01-01-none.md": post("title: None\ntags: [other]"),
    "2022-02-01-draft.md": post("title: Draft\npublished: false\ntags: [k8s, security, london]"),
  });
  assert.deepEqual(
    getRelatedPosts("subject").map((p) => p.title),
    ["Three", "Two new", "Two old"],
  );
  assert.deepEqual(
    getRelatedPosts("one").map((p) => p.title),
    ["Subject", "Two new", "Three"],
  );
  assert.deepEqual(getRelatedPosts("none"), []);
});
