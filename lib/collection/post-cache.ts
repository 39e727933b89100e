// Posts read on an earlier run, kept in .cache/posts/ so that a rebuild reads again only those that changed. An
// entry is named by a hash of the bytes its reading depends on (the post's path and text, lib/, the lockfile, the
// settings), is used only while every public file the reading looked up holds the same bytes, and never from a
// folder git tracks a file in (lib/cache-folder.ts). Problems are cached with the post: an error shows every run.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { hashSources, usableCacheFolder } from "../cache-folder";
import { env } from "../env";
import { attempt, trackPublicFiles } from "../public-files";
import type { ContentProblem } from "../content/content-error";
import type { Post } from "../content/post-file";

/** What reading one post file gives: the post where it can be published, and its problems. */
export type PostReading = { post?: Post; problems: ContentProblem[] };

// A public file the reading looked up, by the sha256 of its bytes, or absent.
type Dependency = { file: string; hash?: string };
type Entry = { key: string; reading: PostReading; dependencies: Dependency[] };

/** The name of a post's entry: a hash of its path and text, the code that reads it and the settings. */
export function postCacheKey(file: string, source: string, root = process.cwd()): string {
  // The settings a post's reading takes: site.yml's bytes, and the environment's (lib/public-files.ts, drafts).
  const settings = [env.basePath, env.siteUrl, env.siteName, env.legacyPermalinks, env.publicDir, env.development];
  return (
    createHash("sha256")
      .update(hashSources(["lib", "package-lock.json"], root))
      .update(JSON.stringify(settings))
      // site.yml shapes what a post reads as (its time zone, address, meetup tag...); none in a bare test folder.
      .update(hashFile(path.join(env.siteDir, "site.yml")) ?? "")
      .update(`\0${file}\0`)
      .update(source)
      .digest("hex")
  );
}

/** Read one post through the cache: from an entry that still holds, or with `read`, keeping the result. */
export function readPostCached(
  file: string,
  source: string,
  read: (file: string, source: string) => PostReading,
  directory = env.postCacheDir,
): PostReading {
  if (!env.postCache) return read(file, source);
  const key = postCacheKey(file, source);
  const entryFile = path.join(usableCacheFolder(directory), key.slice(0, 2), `${key}.v8`);
  // A missing, torn or foreign file is read again and replaced, never trusted.
  const cached = attempt(() => deserialize(readFileSync(entryFile)) as Entry);
  const unchanged = (dependency: Dependency) => hashFile(dependency.file) === dependency.hash;
  if (cached?.key === key && Array.isArray(cached.dependencies) && cached.dependencies.every(unchanged))
    return cached.reading;
  const { result, files } = trackPublicFiles(() => read(file, source));
  saveEntry(entryFile, { key, reading: result, dependencies: files.map((file) => ({ file, hash: hashFile(file) })) });
  return result;
}

// Written under a temporary name and renamed, so a build stopped half-way leaves no half entry.
function saveEntry(file: string, entry: Entry): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(entry));
  renameSync(temporary, file);
}

function hashFile(file: string): string | undefined {
  return existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : undefined;
}
