import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { env } from "./env";

const cache = new Map<string, { width: number; height: number } | undefined>();
// The files looked up while `trackPublicFiles` runs: what a cached post must be read again after a change to.
let lookedUp: Set<string> | undefined;

/** Run `read`, returning what it returns and every public file it looked up, there or not. */
export function trackPublicFiles<T>(read: () => T): { result: T; files: string[] } {
  const outer = lookedUp;
  lookedUp = new Set();
  try {
    const result = read();
    return { result, files: [...lookedUp] };
  } finally {
    outer?.forEach((file) => lookedUp?.add(file));
    lookedUp = outer;
  }
}

/** Real pixel size of an image under public/ ("/images/a b.jpg"), or undefined when it is missing. */
export function getLocalImageSize(src: string): { width: number; height: number } | undefined {
  const file = publicFile(src);
  if (!cache.has(file)) {
    const { width, height } = attempt(() => imageSize(readFileSync(file))) ?? {};
    cache.set(file, width && height ? { width, height } : undefined);
  }
  return cache.get(file);
}

/** The file a site path ("/files/a%20b.pdf") names in the site's or the project's public/, or "" when it escapes them. */
export function publicFile(sitePath: string): string {
  const relative = path.normalize(decodePath(sitePath.split(/[?#]/)[0] ?? ""));
  // The site's own public/ first: its files win over the project's.
  const candidates = publicDirectories()
    .reverse()
    .map((root) => ({ root, file: path.join(root, relative) }))
    .filter(({ root, file }) => file.startsWith(root + path.sep))
    .map(({ file }) => file);
  candidates.forEach((file) => lookedUp?.add(file));
  return candidates.find((file) => existsSync(file)) ?? candidates[0] ?? "";
}

/** One file under public/: where it is on disk, how the editor sees it, and the site path it is served at. */
export type PublicFile = { full: string; shown: string; sitePath: string };

/** The folders whose files the export holds: public/, and SITE_DIR's where a test site sets one. */
export function publicDirectories(): string[] {
  return [...new Set([path.resolve("public"), env.publicDir])];
}

/** Every file under public/, symbolic links listed but never followed (a linked public/ lists none). */
export function listPublicFiles(directories: readonly string[] = publicDirectories()): PublicFile[] {
  return directories.flatMap((directory) => (isSymbolicLink(directory) ? [] : walk(directory)));
}

/** True for the entry at `file` when it is a symbolic link (false when it is missing). */
export function isSymbolicLink(file: string): boolean {
  return attempt(() => lstatSync(file).isSymbolicLink()) ?? false;
}

// Recursive readdir lists a symbolic link as an entry of its own and never descends into it.
function walk(root: string): PublicFile[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((full) => ({
      full,
      shown: shownPath(full),
      sitePath: `/${path.relative(root, full).split(path.sep).join("/")}`,
    }));
}

/** True for a site path ("/images/x.jpg"); false for URLs, anchors and what browsers read as one ("//h", "/\\h", "/\t/h"). */
export function isSitePath(value: string): boolean {
  return /^\/(?![\\/])/.test(value.replace(/[\t\n\r]/g, ""));
}

/** A percent-encoded path or segment as readers write it ("/images/a b.jpg"), or as it is when it cannot be decoded. */
export function decodePath(value: string, decode: (text: string) => string = decodeURI): string {
  return attempt(() => decode(value)) ?? value;
}

/** What `read` returns, or undefined where it throws (a missing file, an image it cannot size, a bad escape). */
export function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** A file's path as editors see it in problems: relative to the project, with forward slashes. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join("/");
}
