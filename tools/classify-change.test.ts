import assert from "node:assert/strict";
import { it } from "node:test";
import { classifyChange } from "./classify-change";

it("calls a pull request of posts, pages, data and public files a content change", () => {
  const files = ["posts/2026-12-02-december.md", "content/pages/speak.md", "data/sponsors.yml", "public/images/a.jpg"];
  assert.equal(classifyChange(files).kind, "content");
});

it("calls any change outside those folders a code change, however small", () => {
  assert.equal(classifyChange(["posts/2026-12-02-december.md", "components/post-card.tsx"]).kind, "code");
  assert.equal(classifyChange(["package-lock.json"]).kind, "code");
  assert.equal(classifyChange([".github/workflows/ci.yml"]).kind, "code");
  // A folder that only starts like a content folder is not one.
  assert.equal(classifyChange(["posts-old/x.md"]).kind, "code");
  assert.equal(classifyChange(["content/other/x.md"]).kind, "code");
});

it("runs everything when nothing is found to have changed", () => {
  assert.equal(classifyChange([]).kind, "code");
});
