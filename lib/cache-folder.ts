// What the build's caches share: entries named by a hash of the bytes of everything that shapes them, never by
// times or a hand-bumped version, in a folder read only when no file in it comes from the repository.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const folders = new Map<string, string>();
const fingerprints = new Map<string, string>();

/** The folder to keep a cache in: `folder`, or a temporary one (removed at exit) when git tracks a file in it. */
export function usableCacheFolder(folder: string): string {
  const known = folders.get(folder);
  if (known !== undefined) return known;
  // Outside a git work tree, or without git, nothing is tracked.
  const git = existsSync(folder)
    ? spawnSync("git", ["ls-files", "-z", "--", "."], { cwd: folder, encoding: "utf8" })
    : undefined;
  const tracked = git?.status === 0 ? git.stdout.split("\0").filter(Boolean) : [];
  let usable = folder;
  // A tracked file could be a forged entry a pull request planted (a post's body, past the sanitizer).
  if (tracked.length > 0) {
    const shown = path.relative(process.cwd(), folder) || ".";
    console.warn(
      `${shown}/${tracked[0]}: a cache folder holds ${tracked.length} file(s) tracked by git, which the build ` +
        `does not read (a cache never comes from the repository): everything in it is made afresh. ` +
        `Remove them with \`git rm -r --cached ${shown}\`.`,
    );
    usable = mkdtempSync(path.join(tmpdir(), "cnl-cache-"));
    process.once("exit", () => rmSync(usable, { recursive: true, force: true }));
  }
  folders.set(folder, usable);
  return usable;
}

/** A sha256 of the name and bytes of every file under `paths` (relative to `root`; tests left out), once per process. */
export function hashSources(paths: readonly string[], root = process.cwd()): string {
  const id = JSON.stringify([root, paths]);
  const known = fingerprints.get(id);
  if (known) return known;
  const hash = createHash("sha256");
  for (const file of paths.flatMap((entry) => listFiles(path.join(root, entry))).sort())
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
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
