import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { median, msPerPost } from "./per-post";

describe("msPerPost", () => {
  it("spreads the extra seconds over the extra posts, in milliseconds", () => {
    assert.equal(msPerPost({ posts: 100, seconds: 40 }, { posts: 1000, seconds: 58 }), 20);
    assert.equal(msPerPost({ posts: 100, seconds: 40 }, { posts: 300, seconds: 39 }), -5, "a faster larger build");
  });
});

describe("median", () => {
  it("takes the middle of an odd count and the mean of the two middles of an even one, whatever the order", () => {
    assert.equal(median([30, 10, 20]), 20);
    assert.equal(median([40, 10, 30, 20]), 25);
    assert.equal(median([7]), 7);
    assert.ok(Number.isNaN(median([])));
  });
});
