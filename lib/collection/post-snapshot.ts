import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { PostCollection } from "./posts";
import { env } from "../env";

type Snapshot = { directory: string; files: string[]; collection: PostCollection };

/** Save a collection read from `directory` to a fresh temporary folder; returns the path of its file. */
export function savePostSnapshot(directory: string, files: readonly string[], collection: PostCollection): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cnl-posts-")), "posts.v8");
  const snapshot: Snapshot = { directory: path.resolve(directory), files: [...files], collection };
  writeFileSync(file, serialize(snapshot));
  return file;
}

/** The collection saved for this folder and these files, if POSTS_SNAPSHOT names one (25 MiB/worker at 1,000 posts). */
export function loadPostSnapshot(directory: string, files: readonly string[]): PostCollection | undefined {
  const file = env.postsSnapshot;
  if (!file || !existsSync(file)) return undefined;
  const snapshot = deserialize(readFileSync(file)) as Snapshot;
  const same = snapshot.directory === path.resolve(directory) && snapshot.files.join("\n") === files.join("\n");
  return same ? snapshot.collection : undefined;
}

/** Delete a snapshot once the build no longer needs it. */
export function removePostSnapshot(file: string): void {
  rmSync(path.dirname(file), { recursive: true, force: true });
}
