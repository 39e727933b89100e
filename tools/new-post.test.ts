import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatProblem } from "../lib/content/content-error";
import { createPost, NewPostError } from "./new-post";
import { readPostCollection } from "../lib/collection/posts";
import { post, writePosts } from "../test/support/test-helpers";

const NOW = new Date("2026-11-26T10:00:00Z");

describe("createPost", () => {
  it("writes posts/<today>-<slug>.md, which passes the check with only an empty-body warning", () => {
    const directory = writePosts({});
    const file = createPost("Cloud Native London December 2026", directory, NOW);
    assert.equal(path.basename(file), "2026-11-26-cloud-native-london-december-2026.md");
    const { posts, problems } = readPostCollection(directory);
    assert.deepEqual(problems.map(formatProblem), [
      `${path.relative(process.cwd(), file)}:41: body: warning: is empty (the post in Markdown below the front matter's closing --- line)`,
    ]);
    assert.equal(posts[0]?.title, "Cloud Native London December 2026");
    assert.deepEqual(
      posts[0]?.tags.map((tag) => tag.name),
      ["Meetup", "2026"],
    );
  });

  it("gives the meetup's shape, which passes the check once uncommented and filled in", () => {
    const directory = writePosts({});
    const file = createPost("Cloud Native London: December 2026", directory, NOW);
    const template = readFileSync(file, "utf8");
    for (const field of ["event:", "speakers:", "sponsors:", "next_meetup:", "description:", "image:"]) {
      assert.match(template, new RegExp(`^# ${field}`, "m"), field);
    }
    // What an editor does: uncomment the blocks (nested comments stay comments) and write the post.
    const edited = template
      .replace(/^# (?=\S)(?!The |A |CONTRIBUTING|Sponsors|image)/gm, "")
      .replace(/^# {2}/gm, "  ")
      .replace(/^#( {3,})/gm, "$1")
      .replace(/<!--[\s\S]*-->/, "What a night.");
    writeFileSync(file, edited);
    const { posts, problems } = readPostCollection(directory);
    assert.deepEqual(problems, []);
    const meetup = posts[0];
    assert.equal(meetup?.title, "Cloud Native London: December 2026");
    assert.equal(meetup?.description, "One line for lists, feeds and search results, at most 160 characters.");
    assert.equal(meetup?.event?.start, "18:30");
    assert.deepEqual(
      meetup?.speakers.map((speaker) => [
        speaker.name,
        speaker.talk,
        speaker.takeaways.map((takeaway) => takeaway.markdown),
      ]),
      [["Speaker Name", "Title of the talk", ["One thing the audience took home"]]],
    );
    assert.deepEqual(meetup?.sponsors, [{ name: "Sponsor Name", url: "https://sponsor.example/" }]);
    assert.equal(meetup?.next_meetup?.speakers.length, 2);
  });

  it("refuses to overwrite a file, or to take a slug another post has", () => {
    const directory = writePosts({ "2026-10-01-cloud-native-london-october.md": post("title: October") });
    const file = createPost("Cloud Native London November", directory, NOW);
    writeFileSync(file, "mine");
    assert.throws(() => createPost("Cloud Native London November", directory, NOW), NewPostError);
    assert.equal(readFileSync(file, "utf8"), "mine");
    assert.throws(
      () => createPost("Cloud Native London October", directory, NOW),
      /2026-10-01-cloud-native-london-october\.md already has the URL \/posts\/cloud-native-london-october\//,
    );
    assert.throws(() => createPost("  ", directory, NOW), /Give the post a title/);
  });
});
