import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Root } from "hast";
import type { ContentProblem } from "./content-error";
import type { Post, PostCollection } from "./posts";

/**
 * The environment variable naming a snapshot: scripts/read-posts.ts reads and renders every post once and
 * saves the result; scripts/build.ts sets this for the rest of the build, so Next's worker processes and
 * the post-export steps load the posts from it instead of rendering them again.
 */
export const SNAPSHOT_ENV = "POSTS_SNAPSHOT";

// Each body is stored as its own serialized buffer: see loadPostSnapshot.
type StoredPost = Omit<Post, "body"> & { body: Uint8Array };
type Snapshot = { directory: string; files: string[]; posts: StoredPost[]; problems: ContentProblem[] };

/** Save a collection read from `directory` to a fresh temporary file; returns its path. */
export function savePostSnapshot(directory: string, files: readonly string[], collection: PostCollection): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cnl-posts-")), "posts.v8");
  const posts = collection.posts.map((post) => ({ ...post, body: serialize(post.body) }));
  const snapshot: Snapshot = {
    directory: path.resolve(directory),
    files: [...files],
    posts,
    problems: collection.problems,
  };
  writeFileSync(file, serialize(snapshot));
  return file;
}

/**
 * The collection saved for this folder and exactly these files, if POSTS_SNAPSHOT names one. Each post's
 * body is rebuilt from its buffer whenever it is read and not kept: a page needs one body, and holding
 * thousands of trees would triple each worker's memory (V8 lets garbage grow to a multiple of what lives).
 */
export function loadPostSnapshot(directory: string, files: readonly string[]): PostCollection | undefined {
  const file = process.env[SNAPSHOT_ENV];
  if (!file || !existsSync(file)) return undefined;
  const snapshot = deserialize(readFileSync(file)) as Snapshot;
  const same = snapshot.directory === path.resolve(directory) && snapshot.files.join("\n") === files.join("\n");
  if (!same) return undefined;
  const posts: Post[] = snapshot.posts.map(({ body, ...post }) => ({
    ...post,
    get body() {
      return deserialize(body) as Root;
    },
  }));
  return { posts, problems: snapshot.problems };
}

/** Delete a snapshot once the build no longer needs it. */
export function removePostSnapshot(file: string): void {
  rmSync(path.dirname(file), { recursive: true, force: true });
}
