import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { removePostSnapshot } from "./post-snapshot";
import { getAllPosts, sharePostCollection } from "./posts";
import { post, setEnv, writePosts } from "../../test/support/test-helpers";

it("hands the posts one process read to the next, dates and all, without reading them again", () => {
  const directory = writePosts({ "2019-01-01-a.md": post("title: A\ntags: [x]\nevent:\n  date: 2019-01-01 18:30") });
  const file = sharePostCollection(directory);
  try {
    // Edited after the snapshot: a process that reads the file itself would see the new title.
    writeFileSync(path.join(directory, "2019-01-01-a.md"), post("title: Changed"));
    const script = `import { getAllPosts } from "./lib/collection/posts.ts";
      const [p] = getAllPosts();
      const body = JSON.stringify(p.body).includes("Hello");
      console.log(JSON.stringify([p.title, p.date instanceof Date, p.event?.date instanceof Date, p.tags, body]));`;
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, POSTS_DIR: directory, POSTS_SNAPSHOT: file },
      encoding: "utf8",
    });
    assert.deepEqual(JSON.parse(output), ["A", true, true, [{ name: "x", slug: "x" }], true]);
  } finally {
    removePostSnapshot(file);
  }
});

it("ignores a snapshot of a different set of files and reads the folder itself", () => {
  const directory = writePosts({ "2019-01-01-a.md": post("title: A") });
  const file = sharePostCollection(directory);
  try {
    writeFileSync(path.join(directory, "2019-01-02-b.md"), post("title: B"));
    setEnv({ POSTS_DIR: directory, POSTS_SNAPSHOT: file });
    assert.deepEqual(
      getAllPosts().map((entry) => entry.title),
      ["B", "A"],
    );
  } finally {
    removePostSnapshot(file);
  }
});

it("gives every post its own body when a page reads it", () => {
  const bodies = ["alpha-unique-words", "bravo-unique-words", "charlie-unique-words"];
  const directory = writePosts(
    Object.fromEntries(
      bodies.map((word, index) => [
        `2019-01-0${index + 1}-${word}.md`,
        `---\ntitle: ${word}\n---\n\nIntro.\n\n${word} ${"text ".repeat(200)}`,
      ]),
    ),
  );
  const file = sharePostCollection(directory);
  try {
    setEnv({ POSTS_DIR: directory, POSTS_SNAPSHOT: file });
    const read = getAllPosts().map((entry) => [
      entry.title,
      JSON.stringify(entry.body).includes(`${entry.title} text`),
    ]);
    assert.deepEqual(read, [
      ["charlie-unique-words", true],
      ["bravo-unique-words", true],
      ["alpha-unique-words", true],
    ]);
  } finally {
    removePostSnapshot(file);
  }
});
