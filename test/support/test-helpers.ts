import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "node:test";
import { getPostBySlug } from "../../lib/collection/posts";

/** Write posts into a fresh temporary folder and return its path. */
export function writePosts(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), "cnl-posts-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
  return directory;
}

/** A minimal valid post with extra front-matter lines. */
export function post(frontMatter: string, body = "Hello."): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}

/** Give POSTS_DIR back its value after each test of the calling file, which may point it at its own posts. */
export function restorePostsDirAfterEach(): void {
  const original = process.env.POSTS_DIR;
  afterEach(() => {
    process.env.POSTS_DIR = original;
  });
}

/** Point POSTS_DIR at one post, 2019-05-15-talk.md, with these front-matter lines and body, and return it. */
export function loadPost(frontMatter: string, body?: string) {
  process.env.POSTS_DIR = writePosts({ "2019-05-15-talk.md": post(frontMatter, body) });
  const found = getPostBySlug("talk");
  assert.ok(found);
  return found;
}
