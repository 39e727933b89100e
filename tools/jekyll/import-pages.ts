import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { expandPagePermalink } from "../../lib/redirects/jekyll-permalinks";
import { normaliseFromPath, pathKey } from "../../lib/content/path-syntax";
import { bodyLineOf, convertBody, joinFile, readData, splitFile } from "./convert-body";
import { writeImported } from "./import-files";
import { claimPath, findCoveredPages, keepClaims, replaceCoveredPage, sitePageAt } from "./page-claims";
import { importArchivePage, placePage, writeShortLink } from "./page-placement";
import type { ImportContext } from "./import-site";

// What a page of this site reads (the pages content type) and Jekyll's layout fields; any other is reported.
const READ_FIELDS = new Set(["title", "description", "permalink", "redirect_from", "redirect_to", "published"]);
const JEKYLL_ONLY = new Set(["layout", "select_tag"]);

/** Import one Jekyll page at its old URL with its redirects; an archive page becomes a redirect to its tag or year. */
export function importPage(relative: string, context: ImportContext): void {
  const { report, config } = context;
  const source = readFileSync(path.join(context.root, relative), "utf8");
  const data = readData(source, relative, report, "not imported");
  if (!data) return;
  const leaveOut = (text: string) => report.notCarriedOver.push({ file: relative, text });
  const ownPermalink = typeof data.permalink === "string" && data.permalink.trim() ? data.permalink.trim() : undefined;
  const oldUrl = ownPermalink ?? expandPagePermalink(config.permalink, relative);
  if (/^\/404(\.html|\/)?$/.test(oldUrl)) {
    // The host serves it for every missing address, and no link leads to it: it is no old URL to keep.
    leaveOut("the not-found page: this site shows its own (app/not-found.tsx) for every missing address");
    return;
  }
  const redirectFrom = listOf(data.redirect_from);
  // Every old URL of the page, with where the new site should lead it.
  const record = (target: string) =>
    context.oldUrls.push(...[oldUrl, ...redirectFrom].map((url) => ({ url, file: relative, target })));
  if (normaliseFromPath(oldUrl) === "/") {
    record("/");
    leaveOut("the home page: this site's own home page answers /");
    return;
  }
  if (data.layout === "archive" && data.select_tag !== undefined && data.select_tag !== null) {
    record(importArchivePage(relative, oldUrl, String(data.select_tag), context));
    return;
  }
  if (/^\/\.well-known\/acme-challenge\//i.test(oldUrl)) {
    leaveOut(`${oldUrl}: an ACME challenge that proved the old host's certificate; the new host proves its own`);
    return;
  }
  const served = sitePageAt(normaliseFromPath(oldUrl) ?? oldUrl, context);
  if (served) {
    record(served);
    leaveOut(`the site's own ${served} answers ${oldUrl}: the old page's content is not carried over`);
    // Its other old paths still lead somewhere: to the site's page, through a short link.
    const [first, ...rest] = keepClaims(redirectFrom, relative, context);
    if (first)
      writeShortLink(
        relative,
        { permalink: first, redirect_from: rest.length > 0 ? rest : undefined, redirect_to: served },
        context,
      );
    return;
  }

  const destination = relative.replace(/\.(md|markdown|mkd|mkdn|mdown|html?)$/i, ".md");
  const shown = `${context.target.pagesLabel}/${destination}`;
  const defaultUrl = `/${destination.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, "/")}`.replace(/\/+$/, "/");
  const split = splitFile(source);
  const fields: Record<string, unknown> = {};
  const redirectTo = data.redirect_to;
  if (typeof data.title === "string" && data.title.trim()) fields.title = data.title.trim();
  else if (!redirectTo) {
    fields.title = titleFrom(split.body, destination);
    const text = `title: "${String(fields.title)}" made from the page, which had none`;
    report.rewritten.push({ file: shown, line: 2, text });
  }
  if (typeof data.description === "string" && data.description.trim()) fields.description = data.description.trim();
  const { url, keptFrom } = placePage(oldUrl, redirectFrom, defaultUrl, shown, context);
  if (!claimPath(url, shown, context)) {
    leaveOut(`${url} is the path of ${context.claims.get(pathKey(url))} already: not imported`);
    return;
  }
  if (url !== defaultUrl) fields.permalink = url;
  const covered = findCoveredPages([url, ...keptFrom], context);
  for (const page of covered) keptFrom.push(...page.paths.filter((other) => pathKey(other) !== pathKey(url)));
  const kept = keepClaims(keptFrom, shown, context);
  if (kept.length > 0) fields.redirect_from = kept.length === 1 ? kept[0] : kept;
  if (redirectTo !== undefined && redirectTo !== null) fields.redirect_to = redirectTo;
  if (data.published === false) fields.published = false;
  const nav = covered.find((page) => page.nav !== undefined)?.nav;
  if (nav !== undefined && !redirectTo) fields.nav = nav;
  const notes = Object.keys(data).filter((key) => !READ_FIELDS.has(key) && !JEKYLL_ONLY.has(key) && data[key] != null);
  if (notes.length > 0)
    report.notCarriedOver.push({
      file: shown,
      text: `front matter ${notes.join(", ")}: pages here have no such fields`,
    });
  if (/\.html?$/i.test(relative))
    report.rewritten.push({ file: shown, text: `an HTML page, now Markdown with its HTML kept: check how it reads` });

  const frontMatter = stringify(fields, { lineWidth: 0 });
  // A page this import wrote before is known by its front matter: it is left to writeImported, never replaced.
  for (const page of covered) if (page.frontMatter !== frontMatter) replaceCoveredPage(page, shown, context);
  const body = convertBody(split.body, shown, bodyLineOf(frontMatter), { data, oldUrl }, context);
  const imported = redirectTo ? report.shortLinks : report.pages;
  writeImported(path.join(context.target.pagesDir, destination), shown, joinFile(frontMatter, body), context, imported);
  const [firstTarget] = [redirectTo].flat();
  record(typeof firstTarget === "string" ? firstTarget : url);
  for (const from of kept) report.redirects.push({ file: shown, from });
}

function titleFrom(body: string, destination: string): string {
  const heading = /^#{1,3}\s+(.+?)\s*#*$/m.exec(body)?.[1] ?? /<h1[^>]*>([^<]+)<\/h1>/i.exec(body)?.[1];
  if (heading) return heading.trim();
  const words = path.posix
    .basename(destination.replace(/(^|\/)index\.md$/, ""), ".md")
    .replace(/[-_]+/g, " ")
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).map(String);
  return typeof value === "string" && value.trim() ? [value.trim()] : [];
}
