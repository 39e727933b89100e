import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import type { z } from "zod";
import type { ContentProblem } from "./content-error";
import { describeOverlongTitle, describeOversizedPost } from "./content-limits";
import { parseFrontMatter, YamlSyntaxError, type ParsedFile } from "./front-matter";
import { checkPost } from "./post-checks";
import { resolveLiquid } from "./liquid";
import { renderHtml, renderInlineMarkdown, renderMarkdown } from "./markdown";
import { EXPECTED, frontMatterSchema, KNOWN_FIELDS, type FrontMatter, type Speaker } from "./post-schema";
import { parseDateTime, DATE_EXPECTED } from "./dates";
import { tagSlug, type Tag } from "./tags";

/** A takeaway as written, and as sanitized HTML rendered once for every page that shows it. */
export type Takeaway = { markdown: string; html: string };

/** A speaker as pages see them: the front matter, with each takeaway rendered. */
export type PostSpeaker = Omit<Speaker, "takeaways"> & { takeaways: Takeaway[] };

/** A post as pages see it: validated front matter plus everything derived from the file. */
export type Post = Omit<FrontMatter, "date" | "layout" | "tags" | "speakers"> & {
  speakers: PostSpeaker[];
  /** Path as the editor sees it, e.g. "posts/2018-10-09-october.md". */
  file: string;
  slug: string;
  /** The slug as the file name spells it, letter case kept: Jekyll's :title, and an old URL when it has capitals. */
  nameSlug: string;
  date: Date;
  tags: Tag[];
  /** The post's own path on the site, without base path: "/posts/<slug>/". */
  url: string;
  body: Root;
  /** Plain text of the first paragraph, for lists and descriptions. */
  excerpt: string;
  readingMinutes: number;
  internalLinks: { path: string; line: number }[];
  /** File line of every front-matter field, keyed as errors name them: "sponsors[1]", "speakers[0].photo". */
  lines: Readonly<Record<string, number>>;
};

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown)$/;
const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
const WORDS_PER_MINUTE = 220;

/** Read, validate and render one post file; problems carry the file's own line numbers. */
export function readPostFile(file: string, source: string): { post?: Post; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (
    line: number,
    field: string,
    message: string,
    expected: string,
    severity: ContentProblem["severity"] = "error",
  ) => problems.push({ file, line, field, message, expected, severity });

  const name = file.split("/").pop() ?? file;
  const nameMatch = FILE_NAME.exec(name);
  const nameSlug = nameMatch?.[2] ?? name.replace(/\.(md|markdown)$/, "");
  // Jekyll kept a name's capitals in its URL: the page lives at the lower-case slug, the old spelling redirects.
  const slug = nameSlug.toLowerCase();
  if (!SLUG.test(slug)) {
    report(
      1,
      "file name",
      `slug "${nameSlug}" has spaces or symbols`,
      `letters, digits and hyphens, e.g. ${suggestName(name)}`,
    );
  }

  const oversized = describeOversizedPost(source);
  if (oversized) {
    report(1, "file", oversized.message, oversized.expected);
    return { problems };
  }

  let parsed: ParsedFile;
  try {
    parsed = parseFrontMatter(source);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report(error.line, "front matter", error.message, "valid YAML between two --- lines");
    return { problems };
  }
  if (!source.trim()) {
    report(1, "file", "is empty", "front matter with at least a title, then the post in Markdown");
    return { problems };
  }
  if (!parsed.hasFrontMatter) {
    report(1, "front matter", "is missing", "the file to start with a --- line, a title: line and another --- line");
    return { problems };
  }

  const data = dropEmptyFields(parsed.data, (path) =>
    report(parsed.lineOf(path), fieldName(path), "is empty and is ignored", "a value, or no such line", "warning"),
  );
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key))
      report(
        parsed.lineOf([key]),
        key,
        "is not a field this site knows and is ignored",
        "see CONTRIBUTING.md for the fields",
        "warning",
      );
  }

  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(file, parsed, issue));
  }
  const overlong = result.success ? describeOverlongTitle(result.data.title) : undefined;
  if (overlong) report(parsed.lineOf(["title"]), "title", overlong.message, overlong.expected);

  const fileDate = nameMatch ? parseDateTime(nameMatch[1] ?? "") : undefined;
  const date = result.data?.date ?? fileDate;
  if (!date && result.success) {
    report(
      1,
      "date",
      "is missing: the file name has no date and there is no date: field",
      `a name like 2018-10-09-${slug}.md, or ${DATE_EXPECTED}`,
    );
  }

  const liquid = resolveLiquid(parsed.body);
  for (const problem of liquid.problems) {
    report(
      parsed.bodyLine + problem.line - 1,
      "body",
      `Liquid tag ${problem.tag} cannot be rendered`,
      "only {{ site.baseurl }}, {{ site.url }}, the relative_url and absolute_url filters and {% raw %} are supported",
    );
  }
  const rendered = renderMarkdown(liquid.body);
  for (const problem of rendered.problems)
    report(parsed.bodyLine + problem.line - 1, problem.field, problem.message, problem.expected, problem.severity);
  if (result.success)
    problems.push(...checkPost(result.data, parsed, rendered.tree).map((problem) => ({ file, ...problem })));
  const speakers = renderSpeakers(result.data?.speakers ?? [], parsed, report);

  if (!result.success || !date || problems.some((problem) => problem.severity === "error")) return { problems };

  const { date: _date, layout: _layout, tags, speakers: _speakers, ...frontMatter } = result.data;
  const excerpt = firstParagraph(rendered.tree);
  const words = toString(rendered.tree).split(/\s+/).filter(Boolean).length;
  return {
    problems,
    post: {
      ...frontMatter,
      speakers,
      file,
      slug,
      nameSlug,
      date,
      tags: tags.map((tag) => ({ name: tag, slug: tagSlug(tag) })),
      url: `/posts/${slug}/`,
      body: rendered.tree,
      excerpt,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      internalLinks: rendered.internalLinks.map((link) => ({ ...link, line: parsed.bodyLine + link.line - 1 })),
      lines: fieldLines(parsed),
    },
  };
}

type Report = (line: number, field: string, message: string, expected: string) => void;

// Takeaways are short Markdown, rendered here once rather than on every page that shows the speaker.
function renderSpeakers(speakers: readonly Speaker[], parsed: ParsedFile, report: Report): PostSpeaker[] {
  return speakers.map((speaker, index) => {
    const takeaways = speaker.takeaways.map((markdown, item) => {
      const { tree, problems } = renderInlineMarkdown(markdown);
      const field = `speakers[${index}].takeaways[${item}]`;
      const line = parsed.lineOf(["speakers", index, "takeaways", item]);
      for (const problem of problems)
        if (problem.severity === "error") report(line, field, problem.message, problem.expected);
      return { markdown, html: renderHtml(tree) };
    });
    return { ...speaker, takeaways };
  });
}

/**
 * Front matter without its empty fields (`twitter_moment:` with nothing after it), at any depth, as Jekyll
 * read them: absent. Each one is passed to `onEmpty`, for a warning.
 */
function dropEmptyFields(
  data: Record<string, unknown>,
  onEmpty: (path: (string | number)[]) => void,
): Record<string, unknown> {
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (typeof value !== "object" || value === null || value instanceof Date) return value;
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === null || item === undefined) onEmpty([...path, key]);
      else kept[key] = walk(item, [...path, key]);
    }
    return kept;
  };
  return walk(data, []) as Record<string, unknown>;
}

/** The file line of every front-matter field, keyed as errors name them. */
export function fieldLines(parsed: ParsedFile): Record<string, number> {
  const lines: Record<string, number> = {};
  const walk = (value: unknown, path: (string | number)[]) => {
    if (path.length > 0) lines[fieldName(path)] = parsed.lineOf(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (typeof value === "object" && value !== null && !(value instanceof Date))
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(parsed.data, []);
  return lines;
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

/** A zod issue as an editor reads it: file, line, field, what is wrong and what is expected. */
export function describeIssue(file: string, parsed: ParsedFile, issue: z.core.$ZodIssue): ContentProblem {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  const field = fieldName(path) || "front matter";
  const value = path.reduce<unknown>(
    (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
    parsed.data,
  );
  const typeError = issue.code === "invalid_type" || issue.code === "invalid_union";
  const leaf = [...path].reverse().find((key): key is string => typeof key === "string") ?? "";
  return {
    file,
    line: parsed.lineOf(path),
    field,
    message: typeError ? (value === undefined ? "is missing" : `is ${describeValue(value)}`) : issue.message,
    expected: typeError ? issue.message : expectationFor(leaf),
    severity: "error",
  };
}

function expectationFor(field: string): string {
  const byField: Record<string, string> = {
    title: EXPECTED.title,
    name: "a name",
    date: EXPECTED.date,
    start: EXPECTED.time,
    end: EXPECTED.time,
    image: EXPECTED.image,
    photo: EXPECTED.image,
    logo: EXPECTED.image,
    video: EXPECTED.media,
    slides: EXPECTED.media,
    online: EXPECTED.online,
  };
  return byField[field] ?? EXPECTED.url;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  if (typeof value === "object") return "a mapping of keys";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === "number" ? "the number" : "the value"} ${String(value)}`;
}

/** Plain text of a body's first paragraph, for lists and descriptions. */
export function firstParagraph(tree: Root): string {
  const paragraph = tree.children.find(
    (node) => node.type === "element" && node.tagName === "p" && toString(node).trim(),
  );
  return paragraph ? toString(paragraph).replace(/\s+/g, " ").trim() : "";
}

function suggestName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/\.(md|markdown)$/, "")
      .replace(/[^a-z0-9.-]+/g, "-")
      .replace(/-+/g, "-") + ".md"
  );
}
