import { getAllTags } from "../collection/posts";
import { tagPath } from "../site";
import { getSitePaths } from "./site-paths";
import { findOwnedPath, fixedBuildFiles, type PathUse } from "../paths/owned-paths";

// A path's longest segment and the whole of it: file systems refuse names past 255 bytes, and some hosts
// and browsers URLs past 2,000 characters.
const MAX_SEGMENT = 200;
const MAX_PATH = 1000;

/** The file the export serves a site path from: `<path>index.html` for a folder, the path itself for a file. */
export function fileOfSitePath(sitePath: string): string {
  return sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath;
}

/** The files of an export and the folders holding them, in lower case, each with what it is. */
export type FileIndex = { files: Map<string, string>; folders: Map<string, string> };

/** Every file the build writes besides redirect pages and public/, as site paths. */
export function getSiteFiles(): string[] {
  const files = [...fixedBuildFiles(), ...[...getSitePaths()].map(fileOfSitePath)];
  for (const tag of getAllTags()) files.push(`${tagPath(tag.slug)}feed.xml`);
  return files;
}

/** An index of these files, each described as "the file <path>", for `findFileClash`. */
export function indexFiles(paths: Iterable<string>): FileIndex {
  const index: FileIndex = { files: new Map(), folders: new Map() };
  for (const file of paths) addFile(index, file, `the file ${file.slice(1)}`);
  return index;
}

/** Note one more file of the export in `index`, with what it is. */
export function addFile(index: FileIndex, file: string, description: string): void {
  const lower = file.toLowerCase();
  index.files.set(lower, description);
  for (let cut = lower.lastIndexOf("/"); cut > 0; cut = lower.lastIndexOf("/", cut - 1)) {
    if (!index.folders.has(lower.slice(0, cut))) index.folders.set(lower.slice(0, cut), description);
  }
}

/** What stops `file` (a redirect page's or public/'s site path) being written: an owned path, a file, or a folder. */
export function findFileClash(file: string, index: FileIndex, use: PathUse): string | undefined {
  // Without letter case, as a case-insensitive file system and Next's routing compare: a file there already, a file
  // where one of its folders must go, or a folder where it must go.
  const lower = file.toLowerCase();
  const taken = findOwnedPath(lower, use) ?? index.files.get(lower);
  if (taken) return taken;
  const segments = lower.split("/");
  for (let end = segments.length - 1; end > 1; end -= 1) {
    const above = index.files.get(segments.slice(0, end).join("/"));
    if (above) return `${above}, in the way of a folder it needs`;
  }
  const below = index.folders.get(lower);
  return below ? `the folder holding ${below}` : undefined;
}

/** Why a path is too long to be a file of the export, or undefined. */
export function describeOverlongPath(sitePath: string): string | undefined {
  const longest = Math.max(...sitePath.split("/").map((segment) => segment.length));
  if (longest > MAX_SEGMENT) return `has a segment of ${longest} characters`;
  if (sitePath.length > MAX_PATH) return `is ${sitePath.length} characters long`;
  return undefined;
}

/** What a path's length must be, for error messages. */
export const PATH_LENGTH_EXPECTED = `at most ${MAX_SEGMENT} characters between slashes and ${MAX_PATH} in all`;
