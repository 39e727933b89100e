import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** One file a page loads before the reader does anything, with its size raw and gzipped. */
export type LoadedFile = { url: string; kind: "script" | "stylesheet"; bytes: number; gzipBytes: number };

/**
 * The scripts and stylesheets an exported page's HTML makes a modern browser fetch on first load:
 * `<script src>` (not `nomodule`, which modern browsers skip), `<link rel="stylesheet">`, and script
 * preloads. Sizes come from the files in the export, gzipped at level 6 as static hosts serve them.
 */
export function firstLoadFiles(siteDir: string, pagePath: string): LoadedFile[] {
  const html = readFileSync(htmlFileFor(siteDir, pagePath), "utf8");
  const found = new Map<string, LoadedFile["kind"]>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attribute(tag, "src");
    if (src && !/\bnomodule\b/i.test(tag)) found.set(src, "script");
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = attribute(tag, "href");
    const rel = attribute(tag, "rel") ?? "";
    if (href && rel === "stylesheet") found.set(href, "stylesheet");
    else if (href && /preload|modulepreload/.test(rel) && attribute(tag, "as") === "script") found.set(href, "script");
  }
  return [...found].map(([url, kind]) => {
    const body = readFileSync(path.join(siteDir, new URL(url, "http://site/").pathname));
    return { url, kind, bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length };
  });
}

/** Sum of gzipped sizes of one kind of file, in KiB. */
export function totalKib(files: readonly LoadedFile[], kind: LoadedFile["kind"]): number {
  return files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.gzipBytes, 0) / 1024;
}

function htmlFileFor(siteDir: string, pagePath: string): string {
  const clean = pagePath.split(/[?#]/)[0] ?? "/";
  return clean.endsWith(".html") ? path.join(siteDir, clean) : path.join(siteDir, clean, "index.html");
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find(Boolean);
}
