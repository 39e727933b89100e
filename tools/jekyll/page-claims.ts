import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseFrontMatter } from "../../lib/content/front-matter";
import { normaliseFromPath, pathKey } from "../../lib/content/path-syntax";
import { defaultPermalink } from "../../lib/pages/permalinks";
import { archiveYearPath } from "../../lib/lists/archive";
import { tagPath } from "../../lib/site";
import { splitFile } from "./convert-body";
import type { ImportContext } from "./import-site";

/** A page that was in the pages folder before the import (a starter page of `npm run new-site`, or the demo's). */
export type ExistingPage = { file: string; shown: string; paths: string[]; nav?: unknown; frontMatter: string };

// The pages the site builds itself at a route's own path, whatever the posts are.
const ROUTE_PAGES = new Set(["/tags/", "/archive/", "/search/", "/events/", "/speakers/", "/sponsors/"]);

/** The pages already in `pagesDir`, with every path each one takes: its permalink and its redirect_from. */
export function readExistingPages(pagesDir: string, pagesLabel: string): ExistingPage[] {
  const files = readdirSync(pagesDir, { recursive: true, encoding: "utf8" }).filter((name) => /\.md$/i.test(name));
  return files.flatMap((relative) => {
    const file = path.join(pagesDir, relative);
    try {
      const text = readFileSync(file, "utf8");
      const { data } = parseFrontMatter(text);
      const own = typeof data.permalink === "string" ? data.permalink : defaultPermalink(relative);
      const from = [data.redirect_from].flat().filter((value): value is string => typeof value === "string");
      const paths = [own, ...from].map((value) => normaliseFromPath(value)).filter((value) => value !== undefined);
      const shown = `${pagesLabel}/${relative.split(path.sep).join("/")}`;
      return [{ file, shown, paths, nav: data.nav, frontMatter: splitFile(text).frontMatter ?? "" }];
    } catch {
      return []; // npm run check names a page it cannot read; the import leaves it as it is.
    }
  });
}

/** The path of the site's own page that answers `url` (a route, a tag, a year of the archive), if any. */
export function sitePageAt(url: string, context: ImportContext): string | undefined {
  const key = pathKey(url);
  if (ROUTE_PAGES.has(key)) return key;
  for (const slug of context.tags.keys()) if (pathKey(tagPath(slug)) === key) return tagPath(slug);
  for (const year of context.years) if (archiveYearPath(Number(year)) === key) return key;
  return undefined;
}

/** Take `url` for `shown`, an imported file; false when another file of the import took it first. */
export function claimPath(url: string, shown: string, context: ImportContext): boolean {
  const first = context.claims.get(pathKey(url)) ?? shown;
  context.claims.set(pathKey(url), first);
  return first === shown;
}

/** The pages there before the import that take one of `urls` too: they cover the same thing. */
export function findCoveredPages(urls: readonly string[], context: ImportContext): ExistingPage[] {
  const keys = new Set(urls.map((url) => pathKey(normaliseFromPath(url) ?? url)));
  return context.existing.filter((page) => page.paths.some((other) => keys.has(pathKey(other))));
}

/** The old site's page wins over one there before covering the same thing: that goes, its paths now `shown`'s. */
export function replaceCoveredPage(page: ExistingPage, shown: string, context: ImportContext): void {
  context.existing.splice(context.existing.indexOf(page), 1);
  rmSync(page.file);
  for (const other of page.paths) context.claims.set(pathKey(other), shown);
  const text =
    page.shown === shown
      ? `replaced by the old site's page of the same name: the old site's content wins`
      : `replaced by ${shown}, which covers the same thing: the old site's content wins, and ${page.paths.join(", ")} now lead there`;
  context.report.replaced.push({ file: page.shown, text });
}

/** Each old path once: one taken by another imported file, or one this site cannot serve, is dropped and reported. */
export function keepClaims(paths: readonly string[], shown: string, context: ImportContext): string[] {
  const kept: string[] = [];
  for (const from of paths) {
    const path = normaliseFromPath(from);
    const owner = path && context.claims.get(pathKey(path));
    const why =
      path === undefined
        ? "is no path this site can serve"
        : sitePageAt(path, context)
          ? `is the site's own ${sitePageAt(path, context)}, which answers it`
          : owner && owner !== shown
            ? `is taken by ${owner} already`
            : undefined;
    if (why) context.report.rewritten.push({ file: shown, text: `redirect_from ${from} dropped: it ${why}` });
    else if (path && !kept.some((other) => pathKey(other) === pathKey(path))) {
      claimPath(path, shown, context);
      kept.push(from);
    }
  }
  return kept;
}
