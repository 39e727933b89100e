import assert from "node:assert/strict";
import { it } from "node:test";
import { countPages, pagePath, pageParams, paginate, parsePageParam } from "./pagination";

it("pages a list 12 at a time with page 1 at the list's own path", () => {
  const items = Array.from({ length: 25 }, (_, index) => index);
  assert.deepEqual(paginate(items, 3), [24]);
  assert.equal(countPages(items.length), 3);
  assert.deepEqual(pageParams(25), [[], ["page", "2"], ["page", "3"]]);
  assert.equal(pagePath("/tags/x/", 1), "/tags/x/");
  assert.equal(pagePath("/", 2), "/page/2/");
});

it("accepts only pages that exist", () => {
  assert.equal(parsePageParam(undefined, 5), 1);
  assert.equal(parsePageParam(["page", "2"], 13), 2);
  assert.equal(parsePageParam(["page", "1"], 30), undefined);
  assert.equal(parsePageParam(["page", "3"], 13), undefined);
  assert.equal(parsePageParam(["other", "2"], 30), undefined);
});
