import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Root } from "hast";
import type { ContentProblem } from "../content/content-error";
import type { Post, PostCollection } from "./posts";
import { env } from "../env";

// The index keeps where each body lies in bodies.v8; the bodies stay on disk until a page reads one.
type BodyRange = { start: number; length: number };
type StoredPost = Omit<Post, "body"> & { body: BodyRange };
type Snapshot = { directory: string; files: string[]; posts: StoredPost[]; problems: ContentProblem[] };
const BODIES = "bodies.v8";

/** Save a collection read from `directory` to a fresh temporary folder; returns the path of its index. */
export function savePostSnapshot(directory: string, files: readonly string[], collection: PostCollection): string {
  const folder = mkdtempSync(path.join(tmpdir(), "cnl-posts-"));
  const bodies = openSync(path.join(folder, BODIES), "w");
  let start = 0;
  const posts = collection.posts.map((post) => {
    const body = serialize(post.body);
    writeAll(bodies, body);
    start += body.byteLength;
    return { ...post, body: { start: start - body.byteLength, length: body.byteLength } };
  });
  closeSync(bodies);
  const snapshot: Snapshot = {
    directory: path.resolve(directory),
    files: [...files],
    posts,
    problems: collection.problems,
  };
  const file = path.join(folder, "posts.v8");
  writeFileSync(file, serialize(snapshot));
  return file;
}

/**
 * The collection saved for this folder and exactly these files, if POSTS_SNAPSHOT names one. A post's body
 * is read from disk and rebuilt whenever it is read, and not kept: a page needs one body, and each of
 * Next's workers holding every body (about 10 KB a post serialized, several times that as a tree) would
 * cost the memory that lets the build run a worker per core.
 */
export function loadPostSnapshot(directory: string, files: readonly string[]): PostCollection | undefined {
  const file = env.postsSnapshot;
  if (!file || !existsSync(file)) return undefined;
  const snapshot = deserialize(readFileSync(file)) as Snapshot;
  const same = snapshot.directory === path.resolve(directory) && snapshot.files.join("\n") === files.join("\n");
  if (!same) return undefined;
  const readBody = bodyReader(path.join(path.dirname(file), BODIES));
  const posts: Post[] = snapshot.posts.map(({ body, ...post }) => ({
    ...post,
    get body() {
      return readBody(body);
    },
  }));
  return { posts, problems: snapshot.problems };
}

/** Delete a snapshot once the build no longer needs it. */
export function removePostSnapshot(file: string): void {
  rmSync(path.dirname(file), { recursive: true, force: true });
}

// One descriptor per process, opened at the first body read: a page reads one body, a feed a few dozen.
function bodyReader(file: string): (range: BodyRange) => Root {
  let descriptor: number | undefined;
  return ({ start, length }) => {
    descriptor ??= openSync(file, "r");
    const buffer = Buffer.allocUnsafe(length);
    for (let read = 0; read < length;) {
      const bytes = readSync(descriptor, buffer, read, length - read, start + read);
      if (bytes === 0) throw new Error(`${file}: ends before the body at ${start} (${length} bytes)`);
      read += bytes;
    }
    return deserialize(buffer) as Root;
  };
}

function writeAll(descriptor: number, data: Uint8Array): void {
  for (let written = 0; written < data.byteLength;) {
    written += writeSync(descriptor, data, written);
  }
}
