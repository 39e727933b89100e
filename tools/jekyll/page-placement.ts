import path from "node:path";
import { stringify } from "yaml";
import { normaliseFromPath } from "../../lib/content/path-syntax";
import { tagSlug } from "../../lib/content/tags";
import { tagPath } from "../../lib/site";
import { joinFile } from "./convert-body";
import { writeImported } from "./import-files";
import type { ImportContext } from "./import-site";
import { claimPath } from "./page-claims";
import { findOwnedPath } from "../../lib/paths/owned-paths";

/**
 * Where an old page goes: its old URL where this site can serve a page there; its clean URL, with the old
 * .html one leading to it; its file's path when the old URL is none of this site's; and a path beside the
 * site's own routes when it was under one of them (/events/2019/ -> /events-2019/).
 */
export function placePage(
  oldUrl: string,
  redirectFrom: string[],
  defaultUrl: string,
  shown: string,
  context: ImportContext,
) {
  const keptFrom = [...redirectFrom];
  const url = normaliseFromPath(oldUrl);
  const note = (text: string) => context.report.rewritten.push({ file: shown, text });
  if (url === undefined) {
    note(`permalink ${oldUrl} is no path of this site: the page is at ${defaultUrl}`);
    return { url: defaultUrl, keptFrom };
  }
  if (!url.endsWith("/")) return { url: defaultUrl, keptFrom: [...keptFrom, url] };
  // Under a route folder of the site (/tags/...) no page may go, a redirect may.
  if (findOwnedPath(url, "page") === undefined || findOwnedPath(url, "redirect") !== undefined)
    return { url, keptFrom };
  const moved = `/${url.split("/").filter(Boolean).join("-")}/`;
  note(`${url} is under a folder of the site's own pages: the page is at ${moved}, and ${url} leads there`);
  return { url: moved, keptFrom: [...keptFrom, url] };
}

/** An old archive page (`layout: archive`, `select_tag`) as a redirect; returns the page it now leads to. */
export function importArchivePage(relative: string, oldUrl: string, tag: string, context: ImportContext): string {
  const { report } = context;
  const known = context.tags.has(tagSlug(tag));
  const target =
    /^\d{4}$/.test(tag) && context.years.has(tag) ? `/archive/${tag}/` : known ? tagPath(tagSlug(tag)) : "/archive/";
  const missing = `no imported post has the tag "${tag}": its archive page leads to /archive/`;
  if (target === "/archive/") report.notCarriedOver.push({ file: relative, text: missing });
  if (normaliseFromPath(oldUrl) === target) {
    const text = `archive page for "${tag}": the site's own ${target} answers ${oldUrl}`;
    report.rewritten.push({ file: relative, text });
    return target;
  }
  const shown = writeShortLink(relative, { permalink: oldUrl, redirect_to: target }, context);
  report.rewritten.push({ file: shown, text: `archive page for "${tag}" -> a redirect to ${target}` });
  return target;
}

/** A page that only redirects, in place of the old page `relative`; returns its file as the report shows it. */
export function writeShortLink(relative: string, fields: Record<string, unknown>, context: ImportContext): string {
  const destination = relative.replace(/\.[^./]+$/, ".md");
  const shown = `${context.target.pagesLabel}/${destination}`;
  const frontMatter = stringify(fields, { lineWidth: 0 });
  const file = path.join(context.target.pagesDir, destination);
  writeImported(file, shown, joinFile(frontMatter, ""), context, context.report.shortLinks);
  for (const from of [fields.permalink, fields.redirect_from].flat())
    if (typeof from === "string") claimPath(normaliseFromPath(from) ?? from, shown, context);
  return shown;
}
