import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isSymbolicLink } from "../../lib/content/symbolic-links";
import { SYMBOLIC_LINK_NOTE } from "./import-files";
import type { ImportReport } from "./import-site";
import { isExcluded, type JekyllConfig } from "./site-config";

// Folders of Jekyll's own that the import reads or that hold only templates; any other _folder is reported.
const JEKYLL_FOLDERS = new Set(["_posts", "_drafts", "_includes", "_layouts", "_sass", "_site", "_plugins"]);
const PAGE_FILE = /\.(md|markdown|mkd|mkdn|mdown|html?)$/i;

/** Name what the import leaves out of a Jekyll site's own folders: drafts, collections, data files, links. */
export function reportUnimportedFolders(root: string, report: ImportReport): void {
  const draftsRoot = path.join(root, "_drafts");
  // Jekyll's own folders outside _posts/ are named when linked, whether a post needs them or not.
  for (const folder of ["_drafts", "_includes"])
    if (isSymbolicLink(path.join(root, folder)))
      report.notCarriedOver.push({ file: folder, text: `not read: ${SYMBOLIC_LINK_NOTE}` });
  const draft = "Jekyll drafts are not imported: give the file a date in its name and published: false, then import it";
  for (const file of existsSync(draftsRoot) && !isSymbolicLink(draftsRoot) ? listFiles(draftsRoot) : [])
    report.notCarriedOver.push({ file: path.relative(root, file), text: draft });
  for (const entry of readdirSync(root, { withFileTypes: true }))
    if (entry.isDirectory() && entry.name.startsWith("_") && !JEKYLL_FOLDERS.has(entry.name))
      report.notCarriedOver.push({
        file: `${entry.name}/`,
        text:
          entry.name === "_data"
            ? "Jekyll's data files: this site's pages read data/ instead; copy what matters there by hand"
            : "a collection (or a folder Jekyll did not publish): not imported; move its pages into the pages folder by hand",
      });
}

/** The site's pages: its Markdown and HTML files with front matter outside _ and . folders, as Jekyll built them. */
export function listPageFiles(root: string, config: JekyllConfig, report: ImportReport): string[] {
  const pages: string[] = [];
  for (const file of listFiles(root, (name) => !name.startsWith("_") && !name.startsWith("."))) {
    const relative = path.relative(root, file).split(path.sep).join("/");
    if (isExcluded(relative, config)) continue;
    // What a link points to could be any file of this machine: the page is reported, never read.
    if (isSymbolicLink(file)) {
      report.notCarriedOver.push({ file: relative, text: `not imported: ${SYMBOLIC_LINK_NOTE}` });
      continue;
    }
    const hasFrontMatter = /^(\uFEFF)?---[ \t]*\r?\n/.test(readFileSync(file, "utf8").slice(0, 8));
    if (!hasFrontMatter) continue;
    if (PAGE_FILE.test(relative)) pages.push(relative);
    else
      report.notCarriedOver.push({
        file: relative,
        text: /^(feed|atom|sitemap)\.xml$|^robots\.txt$/.test(relative)
          ? "built by Jekyll from Liquid: this site makes its own"
          : "a file Jekyll built from Liquid (styles, data or feeds): not carried over",
      });
  }
  return pages;
}

/** The files under `directory`, depth first and sorted, without dot files and node_modules. */
export function listFiles(directory: string, keep = (name: string) => !name.startsWith(".")): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => keep(entry.name) && entry.name !== "node_modules")
    .flatMap((entry) => {
      const full = path.join(directory, entry.name);
      return entry.isDirectory() ? listFiles(full, keep) : [full];
    })
    .sort();
}
