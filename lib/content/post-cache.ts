/**
 * Posts read, validated and rendered on an earlier run, kept in .cache/posts/ so that a rebuild reads again
 * only the posts that changed. An entry is found by the post's path and text and by a fingerprint of the
 * code that reads it (lib/, the lockfile and the settings taken from the environment); it is used only while
 * every public file the reading looked up (images whose size it took, files whose existence it checked) is
 * as it was. Problems are cached with the post, so a post with an error reports it on every run.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { trackPublicFiles } from "../public-files";
import type { ContentProblem } from "./content-error";
import type { Post } from "./post-file";

/** What reading one post file gives: the post where it can be published, and its problems. */
export type PostReading = { post?: Post; problems: ContentProblem[] };

type Dependency = { file: string; size: number; mtimeMs: number; hash: string } | { file: string; absent: true };
type Entry = { reading: PostReading; dependencies: Dependency[] };

// The settings a post's reading takes from the environment (lib/site.ts, lib/public-files.ts, drafts).
const SETTINGS_ENV = ["BASE_PATH", "NEXT_PUBLIC_BASE_PATH", "SITE_URL", "SITE_DIR", "PUBLIC_DIR", "NODE_ENV"];
let fingerprint: string | undefined;

/** The folder entries are kept in; POST_CACHE_DIR moves it, and POST_CACHE=0 turns the cache off. */
function postCacheDirectory(): string {
  return path.resolve(process.env.POST_CACHE_DIR ?? path.join(".cache", "posts"));
}

/** A hash of everything besides its own text that reading a post depends on, once per process. */
export function codeFingerprint(root = process.cwd()): string {
  if (fingerprint && root === process.cwd()) return fingerprint;
  const hash = createHash("sha256");
  const sources = listFiles(path.join(root, "lib")).filter(
    (file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"),
  );
  for (const file of [...sources, path.join(root, "package-lock.json")].filter((file) => existsSync(file))) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  for (const name of SETTINGS_ENV) hash.update(`${name}=${process.env[name] ?? ""}\0`);
  const digest = hash.digest("hex");
  if (root === process.cwd()) fingerprint = digest;
  return digest;
}

/** Read one post through the cache: from an entry that still holds, or with `read`, keeping the result. */
export function readPostCached(
  file: string,
  source: string,
  read: (file: string, source: string) => PostReading,
  directory = postCacheDirectory(),
): PostReading {
  if (process.env.POST_CACHE === "0") return read(file, source);
  const key = createHash("sha256")
    .update(codeFingerprint())
    .update("\0")
    .update(file)
    .update("\0")
    .update(source)
    .digest("hex");
  const entryFile = path.join(directory, key.slice(0, 2), `${key}.v8`);
  const cached = loadEntry(entryFile);
  if (cached && cached.dependencies.every(isUnchanged)) return cached.reading;
  const { result, files } = trackPublicFiles(() => read(file, source));
  saveEntry(entryFile, { reading: result, dependencies: files.map(describeDependency) });
  return result;
}

function loadEntry(file: string): Entry | undefined {
  try {
    return existsSync(file) ? (deserialize(readFileSync(file)) as Entry) : undefined;
  } catch {
    return undefined; // A torn or foreign file is read again and replaced, never trusted.
  }
}

// Written under a temporary name and renamed, so a build stopped half-way leaves no half entry.
function saveEntry(file: string, entry: Entry): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(entry));
  renameSync(temporary, file);
}

function describeDependency(file: string): Dependency {
  if (!existsSync(file)) return { file, absent: true };
  const { size, mtimeMs } = statSync(file);
  return { file, size, mtimeMs, hash: hashFile(file) };
}

// Size and time first; a fresh checkout gives every file a new time, so then the content decides.
function isUnchanged(dependency: Dependency): boolean {
  if ("absent" in dependency) return !existsSync(dependency.file);
  if (!existsSync(dependency.file)) return false;
  const { size, mtimeMs } = statSync(dependency.file);
  if (size !== dependency.size) return false;
  return mtimeMs === dependency.mtimeMs || hashFile(dependency.file) === dependency.hash;
}

function hashFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => path.join(folder, file));
}
