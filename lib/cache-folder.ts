/**
 * What the build's caches (.cache/posts, .cache/images, .cache/social-cards) share: entries are named by a
 * hash of the bytes of everything that shapes them (hashSources), never by times or a version bumped by hand,
 * and a cache folder is read only when no file in it comes from the repository (usableCacheFolder).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const folders = new Map<string, string>();
const fingerprints = new Map<string, string>();

/**
 * The folder to keep a cache in: `folder`, unless git tracks a file in it, since whoever can open a pull
 * request could then plant a forged entry there (a post's rendered body, past the sanitizer). The build then
 * does without what it holds, in a fresh temporary folder removed when the process exits, and says so once.
 */
export function usableCacheFolder(folder: string): string {
  let usable = folders.get(folder);
  if (usable === undefined) {
    const tracked = trackedFiles(folder);
    usable = folder;
    if (tracked.length > 0) {
      const shown = path.relative(process.cwd(), folder) || ".";
      console.warn(
        `${shown}/${tracked[0]}: a cache folder holds ${tracked.length} file(s) tracked by git, which the build ` +
          `does not read (a cache never comes from the repository): everything in it is made afresh. ` +
          `Remove them with \`git rm -r --cached ${shown}\`.`,
      );
      const temporary = mkdtempSync(path.join(tmpdir(), "cnl-cache-"));
      process.once("exit", () => rmSync(temporary, { recursive: true, force: true }));
      usable = temporary;
    }
    folders.set(folder, usable);
  }
  return usable;
}

// Outside a git work tree, or without git, nothing is tracked.
function trackedFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const git = spawnSync("git", ["ls-files", "-z", "--", "."], { cwd: folder, encoding: "utf8" });
  return git.status === 0 ? git.stdout.split("\0").filter(Boolean) : [];
}

/**
 * A sha256 of the name and bytes of every file under `paths` (files or folders, relative to `root`; tests
 * left out), once per process: the code and data a cache entry was made with.
 */
export function hashSources(paths: readonly string[], root = process.cwd()): string {
  const id = JSON.stringify([root, paths]);
  const known = fingerprints.get(id);
  if (known) return known;
  const hash = createHash("sha256");
  for (const file of paths.flatMap((entry) => listFiles(path.join(root, entry))).sort()) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  const digest = hash.digest("hex");
  fingerprints.set(id, digest);
  return digest;
}

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(entry, file))
    .filter((file) => !/\.test\.tsx?$/.test(file) && statSync(file).isFile());
}
