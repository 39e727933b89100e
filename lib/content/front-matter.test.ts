import assert from "node:assert/strict";
import { it } from "node:test";
import { parseFrontMatter } from "./front-matter";
import { readPostFile } from "./post-file";
import { post, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

it("reads booleans as Jekyll's YAML reader did: yes/no/on/off in any case, but y and n stay text", () => {
  const { data } = parseFrontMatter("---\na: yes\nb: Off\nc: ON\nd: nO\ne: y\nf: n\ng: true\n---\n");
  assert.deepEqual(data, { a: true, b: false, c: true, d: false, e: "y", f: "n", g: true });
});

it("keeps quoted years as text tags and turns bare ones into the same tag", () => {
  const { post: result } = readPostFile(
    "posts/2017-12-08-talk.md",
    post('title: Talk\ntags:\n  - Video\n  - "2017"\n  - 2018\nhide_image: yes\npublished: on'),
  );
  assert.deepEqual(
    result?.tags.map((tag) => tag.name),
    ["Video", "2017", "2018"],
  );
  assert.equal(result?.hide_image, true);
  assert.equal(result?.published, true);
});

it("takes an image path relative to the site root, as Jekyll themes did, as a site path", () => {
  const { post: result } = readPostFile(
    "posts/2018-10-09-x.md",
    post("title: X\nimage: images/2018-10-cloud-native-london.jpg"),
  );
  assert.equal(result?.image, "/images/2018-10-cloud-native-london.jpg");
});
