import assert from "node:assert/strict";
import { it } from "node:test";
import { tagSlug } from "./tags";

it("gives lowercase, URL-safe slugs for any tag", () => {
  const cases: [string, string][] = [
    ["Cloud Native", "cloud-native"],
    ["#kubernetes", "kubernetes"],
    ["CI/CD", "ci-cd"],
    ["Q&A?", "q-and-a"],
    ["100%", "100"],
    ["Ünïcödé", "unicode"],
    ["日本", "u65e5-u672c"],
    ["🚀", "u1f680"],
    ["C++", "c-plus-plus"],
    ["2018", "2018"],
  ];
  for (const [name, slug] of cases) {
    assert.equal(tagSlug(name), slug, name);
    assert.match(tagSlug(name), /^[a-z0-9-]+$/);
  }
});
