import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, it } from "node:test";
import { removePostSnapshot, SNAPSHOT_ENV } from "./post-snapshot";
import { getAllPosts, sharePostCollection } from "./posts";
import { post, writePosts } from "./test-helpers";

const original = { dir: process.env.POSTS_DIR, snapshot: process.env[SNAPSHOT_ENV] };
afterEach(() => {
  process.env.POSTS_DIR = original.dir;
  process.env[SNAPSHOT_ENV] = original.snapshot;
});

it("hands the posts one process read to the next, dates and all, without reading them again", () => {
  const directory = writePosts({ "2019-01-01-a.md": post("title: A\ntags: [x]\nevent:\n  date: 2019-01-01 18:30") });
  const file = sharePostCollection(directory);
  try {
    // Edited after the snapshot: a process that reads the file itself would see the new title.
    writeFileSync(path.join(directory, "2019-01-01-a.md"), post("title: Changed"));
    const script = `import { getAllPosts } from "./lib/posts.ts";
      const [p] = getAllPosts();
      const body = JSON.stringify(p.body).includes("Hello");
      console.log(JSON.stringify([p.title, p.date instanceof Date, p.event?.date instanceof Date, p.tags, body]));`;
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, POSTS_DIR: directory, [SNAPSHOT_ENV]: file },
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
    process.env[SNAPSHOT_ENV] = file;
    process.env.POSTS_DIR = directory;
    assert.deepEqual(
      getAllPosts().map((entry) => entry.title),
      ["B", "A"],
    );
  } finally {
    removePostSnapshot(file);
  }
});
