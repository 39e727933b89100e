import { readdirSync } from "node:fs";
import path from "node:path";

/** What a static host serves as a page: Next writes .html, and redirect pages keep an old path's .htm. */
export const PAGE_EXTENSIONS: readonly string[] = [".html", ".htm"];

/** Whether an exported file is a page, by its name. */
export function isPage(file: string): boolean {
  return PAGE_EXTENSIONS.some((extension) => file.endsWith(extension));
}

/** Every file under `siteDir` whose name ends with one of `extensions`, as paths relative to it with "/". */
export function listExportedFiles(siteDir: string, extensions: readonly string[]): string[] {
  // Directory entries say what they are: no stat of each of the tens of thousands of files of a big site.
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The URL path a static host serves an exported file at: "posts/x/index.html" -> "/posts/x/". */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}
