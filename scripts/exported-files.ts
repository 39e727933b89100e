import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file under `siteDir` whose name ends with one of `extensions`, as paths relative to it with "/". */
export function listExportedFiles(siteDir: string, extensions: readonly string[]): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .filter((file) => statSync(path.join(siteDir, file)).isFile())
    .sort();
}

/** The URL path a static host serves an exported file at: "posts/x/index.html" -> "/posts/x/". */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}
