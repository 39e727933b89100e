import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDateTime } from "../../lib/content/dates";
import { expandPostPermalink } from "../../lib/redirects/jekyll-permalinks";
import { KNOWN_FIELDS } from "../../lib/content/post-schema";
import { bodyLineOf, convertBody, joinFile, readData, splitFile } from "./convert-body";
import { editFrontMatter } from "./front-matter-edit";
import type { ImportContext, ImportReport } from "./import-site";
import { SYMBOLIC_LINK_NOTE, writeImported } from "./import-files";
import { isSymbolicLink } from "../../lib/content/symbolic-links";
import { postPath, tagPath } from "../../lib/site";
import { tagSlug } from "../../lib/content/tags";
import { normaliseFromPath, pathKey } from "../../lib/content/path-syntax";
import { claimPath, findCoveredPages, keepClaims, replaceCoveredPage } from "./page-claims";

const POST_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown|mkd|mkdn|mdown)$/i;
const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Where each post goes: its own name where this site can read it (capitals included), a slug made from it
 * where it has spaces or symbols, and a year after the title where two posts share one title slug on
 * different dates, as Jekyll allowed. Files that are not Markdown posts are reported. `oldTitle` is the
 * title part of the old name as written ("July-Meetup"); `newTitle` differs only where that cannot be a slug.
 */
export function planPosts(files: readonly string[], root: string, report: ImportReport) {
  const plans = files.flatMap((file) => {
    const shown = path.relative(root, file);
    // What a link points to could be any file of this machine: the post is reported, never read.
    if (isSymbolicLink(file)) {
      report.notCarriedOver.push({ file: shown, text: `not imported: ${SYMBOLIC_LINK_NOTE}` });
      return [];
    }
    const match = POST_NAME.exec(path.basename(file));
    if (!match) {
      const why = /\.html?$/i.test(file)
        ? "an HTML post: convert it to Markdown by hand"
        : "not a Markdown post named YYYY-MM-DD-title.md";
      report.notCarriedOver.push({ file: shown, text: `not imported: ${why}` });
      return [];
    }
    const [, date = "", oldTitle = "", extension = ""] = match;
    const newTitle = SLUG.test(oldTitle.toLowerCase()) ? oldTitle : slugify(oldTitle);
    const renamedBecause: string | undefined = newTitle === oldTitle ? undefined : "its name has spaces or symbols";
    return [{ file, shown, date, oldTitle, newTitle, newName: "", url: "", extension, renamedBecause }];
  });
  // Oldest first keeps its name; a later post with the same title slug gets its year, or its date, after it.
  plans.sort((a, b) => a.date.localeCompare(b.date) || a.oldTitle.localeCompare(b.oldTitle));
  const taken = new Map<string, (typeof plans)[number]>();
  for (const plan of plans) {
    const first = taken.get(plan.newTitle.toLowerCase());
    if (first) {
      const withYear = `${plan.newTitle}-${plan.date.slice(0, 4)}`;
      plan.newTitle = taken.has(withYear.toLowerCase()) ? `${plan.newTitle}-${plan.date}` : withYear;
      plan.renamedBecause = `${first.shown} has the same title slug; Jekyll told them apart by date`;
    }
    taken.set(plan.newTitle.toLowerCase(), plan);
    const extension = /^(md|markdown)$/i.test(plan.extension) ? plan.extension.toLowerCase() : "md";
    plan.newName = `${plan.date}-${plan.newTitle}.${extension}`;
    plan.url = postPath(plan.newTitle.toLowerCase());
  }
  return plans;
}

/** Copy one planned post into the posts folder, changing only what this site cannot read as it was. */
export function importPost(plan: ReturnType<typeof planPosts>[number], context: ImportContext): void {
  const { report, target } = context;
  const written = `${path.basename(target.postsDir)}/${plan.newName}`;
  const because = plan.renamedBecause ? ` (${plan.renamedBecause})` : "";
  if (plan.newName !== path.basename(plan.file))
    report.rewritten.push({ file: written, text: `file renamed from ${path.basename(plan.file)}${because}` });
  const source = readFileSync(plan.file, "utf8");
  const data = readData(source, written, report, "fix it by hand");
  if (!data) {
    writeImported(path.join(target.postsDir, plan.newName), written, source, context);
    return;
  }
  const published = data.published !== false;
  if (!published) report.drafts.push(written);
  const date = (typeof data.date === "string" && parseDateTime(data.date)) || parseDateTime(plan.date) || new Date();
  const categories = listOf(data.categories ?? data.category);
  const oldUrl =
    typeof data.permalink === "string" && data.permalink.trim()
      ? data.permalink.trim()
      : expandPostPermalink(context.config.permalink, { date, nameSlug: plan.oldTitle, categories });
  // The old URL is kept by legacyPermalinks, unless the name changed or the post had a permalink of its own.
  const keepOldUrl = plan.newTitle !== plan.oldTitle || typeof data.permalink === "string";
  const split = splitFile(source);
  let frontMatter = split.frontMatter ?? "";
  const original = listOf(data.redirect_from);
  const legacy = report.legacyPermalinks
    ? [expandPostPermalink(report.legacyPermalinks, { date, nameSlug: plan.newTitle, categories })]
    : [];
  // The old URL joins redirect_from, and like each of them is dropped (and reported) where something else has it.
  const redirectFrom = claimPostPaths(
    [plan.url, ...legacy],
    [...original, ...(keepOldUrl ? [oldUrl] : [])],
    written,
    context,
  );
  const tags = spellTags(listOf(data.tags), written, context);
  const fromChanged = redirectFrom.join("\n") !== original.join("\n");
  const tagsChanged = tags.join("\n") !== listOf(data.tags).join("\n");
  if ((keepOldUrl || fromChanged || tagsChanged) && split.frontMatter !== undefined)
    frontMatter = editFrontMatter(frontMatter, {
      remove: keepOldUrl ? ["permalink"] : [],
      set: { ...(fromChanged && { redirect_from: redirectFrom }), ...(tagsChanged && { tags }) },
    });
  for (const from of redirectFrom) report.redirects.push({ file: written, from });
  if (keepOldUrl && redirectFrom.includes(oldUrl))
    report.rewritten.push({ file: written, line: 1, text: `old URL ${oldUrl} kept in redirect_from` });
  const noSuchField = "this site has no such field (a warning in npm run check)";
  for (const key of Object.keys(data).filter((key) => !KNOWN_FIELDS.has(key) && key !== "permalink"))
    report.notCarriedOver.push({ file: written, text: `${key}: ${noSuchField}` });

  const firstLine = split.frontMatter === undefined ? 1 : bodyLineOf(frontMatter);
  const body = convertBody(split.body, written, firstLine, { data, oldUrl }, context);
  const changed = frontMatter !== (split.frontMatter ?? "") || body !== split.body;
  const text = !changed ? source : split.frontMatter === undefined ? body : joinFile(frontMatter, body);
  writeImported(path.join(target.postsDir, plan.newName), written, text, context);

  if (published) {
    const target = typeof data.redirect_to === "string" ? data.redirect_to : plan.url;
    for (const url of [oldUrl, ...original]) context.oldUrls.push({ url, file: plan.shown, target });
    context.years.add(plan.date.slice(0, 4));
  }
}

// A post's paths win over those of a page there before, which is replaced; returns the post's redirect_from.
function claimPostPaths(own: string[], redirectFrom: string[], written: string, context: ImportContext): string[] {
  const covered = findCoveredPages([...own, ...redirectFrom], context);
  for (const page of covered) replaceCoveredPage(page, written, context);
  for (const url of own) claimPath(normaliseFromPath(url) ?? url, written, context);
  const taken = new Set(own.map((url) => pathKey(normaliseFromPath(url) ?? url)));
  const others = covered.flatMap((page) => page.paths).filter((url) => !taken.has(pathKey(url)));
  return keepClaims([...redirectFrom, ...others], written, context);
}

// Tags as this site can show them: one of punctuation alone ("-", "{{") is a template's leftover and is
// dropped; one that would share a tag page with another spelling ("Cloud Native", "cloud-native") takes the
// first published post's spelling. Each change is reported.
function spellTags(tags: string[], written: string, context: ImportContext): string[] {
  const leftovers = tags.filter((tag) => !/[\p{L}\p{N}]/u.test(tag));
  if (leftovers.length > 0)
    context.report.rewritten.push({
      file: written,
      text: `tags ${leftovers.map((tag) => JSON.stringify(tag)).join(", ")} dropped: no letters or digits, a template's leftover`,
    });
  return tags
    .filter((tag) => !leftovers.includes(tag))
    .map((tag) => {
      const first = context.tags.get(tagSlug(tag)) ?? tag;
      context.tags.set(tagSlug(tag), first);
      if (first.toLowerCase() === tag.toLowerCase()) return tag;
      const text = `tag "${tag}" written "${first}": both are ${tagPath(tagSlug(tag))}`;
      context.report.rewritten.push({ file: written, text });
      return first;
    });
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).map(String);
  if (typeof value === "string") return value.split(/\s+/).filter(Boolean);
  return value === null || value === undefined ? [] : [String(value)];
}

function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-._]+|-+$/g, "");
}
