import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { formatProblem } from "../../lib/content/content-error";
import { readPostCollection } from "../../lib/collection/posts";
import { generateCorpus } from "./corpus";
import { temporaryFolder } from "../../test/support/test-scope";
import { setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

// One folder for the whole file, removed once its tests end.
const root = temporaryFolder("cnl-bench-");
const folder = (name: string) => path.join(root, name);

for (const sponsors of ["inline", "registry"] as const) {
  it(`generates posts that pass the content check, with drafts, speakers, embeds and many tags (${sponsors} sponsors)`, () => {
    const directory = folder(`check-${sponsors}`);
    const { drafts } = generateCorpus({ directory, size: 60, seed: 7, sponsors });
    const { posts, problems } = readPostCollection(directory);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(posts.length, 60);
    assert.equal(posts.filter((post) => !post.published).length, drafts);
    assert.ok(posts.some((post) => post.speakers.length >= 2 && post.event && post.sponsors.length > 0));
    assert.ok(posts.some((post) => JSON.stringify(post.body).includes('"iframe"')));
    assert.ok(new Set(posts.flatMap((post) => post.tags.map((tag) => tag.slug))).size >= 20);
    assert.ok(posts.every((post) => post.tags.length >= 1 && post.tags.length <= 4));
  });
}

it("writes the same files for the same seed, and other files for another", () => {
  const read = (directory: string) =>
    readdirSync(directory).map((name) => readFileSync(path.join(directory, name), "utf8"));
  generateCorpus({ directory: folder("a"), size: 20, seed: 3, sponsors: "off" });
  generateCorpus({ directory: folder("b"), size: 20, seed: 3, sponsors: "off" });
  generateCorpus({ directory: folder("c"), size: 20, seed: 4, sponsors: "off" });
  assert.deepEqual(read(folder("a")), read(folder("b")));
  assert.notDeepEqual(read(folder("a")), read(folder("c")));
});
