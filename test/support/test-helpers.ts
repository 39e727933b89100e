import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { getPostBySlug } from "../../lib/collection/posts";
import { fixtureSiteEnv } from "./fixture-sites";
import { setEnv, temporaryFolder } from "./test-scope";

export { setEnv, temporaryFolder, withEnv } from "./test-scope";

/** Write posts into a fresh temporary folder, removed when the calling test ends, and return its path. */
export function writePosts(files: Record<string, string>): string {
  const directory = temporaryFolder("cnl-posts-");
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
  return directory;
}

/** A minimal valid post with extra front-matter lines. */
export function post(frontMatter: string, body = "Hello."): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}

/** Point POSTS_DIR at a fresh folder of these posts until the calling test ends, and return the folder. */
export function setPosts(files: Record<string, string>): string {
  const directory = writePosts(files);
  setEnv({ POSTS_DIR: directory });
  return directory;
}

/** Point POSTS_DIR at one post, 2019-05-15-talk.md, with these front-matter lines and body, and return it. */
export function loadPost(frontMatter: string, body?: string) {
  setPosts({ "2019-05-15-talk.md": post(frontMatter, body) });
  const found = getPostBySlug("talk");
  assert.ok(found);
  return found;
}

/** Read the fixture site `name` (test/fixtures/sites/) instead of the project's content until the calling test, suite or file ends. */
export function setFixtureSite(name = "main"): void {
  setEnv(fixtureSiteEnv(name));
}
