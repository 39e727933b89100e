import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";

/** One HTML page of a built export, read from disk. */
export type ExportPage = { file: string; path: string; tree: Root };

/** Every file of the export at `outDir`, as "/"-separated paths relative to it. */
export function listExportFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * Every page a reader can land on: redirect pages (a meta refresh to where the page lives now) and the
 * not-found page (served at any unknown path, so it has no URL of its own) aside.
 */
export function readContentPages(outDir: string): ExportPage[] {
  return listExportFiles(outDir)
    .filter((file) => /\.html?$/.test(file) && !isNotFoundPage(file))
    .map((file) => ({ file, path: `/${file}`.replace(/(^|\/)index\.html$/, "$1"), tree: readPage(outDir, file) }))
    .filter((page) => !select('meta[http-equiv="refresh"]', page.tree));
}

// Next writes the not-found page three times: 404.html, which hosts serve, and two copies of it.
function isNotFoundPage(file: string): boolean {
  return ["404.html", "404/index.html", "_not-found/index.html"].includes(file);
}

function readPage(outDir: string, file: string): Root {
  return fromHtml(readFileSync(path.join(outDir, file), "utf8"));
}

/** The values of `attribute` on every element matching `selector`. */
export function attributeValues(tree: Root, selector: string, attribute: string): string[] {
  return selectAll(selector, tree).map((element) => String(element.properties[attribute] ?? ""));
}
