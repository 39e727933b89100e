import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import type { ContentProblem } from "./content-error";
import { checkFileText, describeOverlongTitle } from "./content-limits";
import { parseFrontMatter, YamlSyntaxError, type ParsedFile } from "./front-matter";
import { checkPost } from "./post-checks";
import type { RenderedBody } from "../markdown/pipeline";
import { describeIssue, dropEmptyFields, fieldLines } from "./front-matter-issues";
import { checkFieldNames, fieldName } from "../mistakes/field-names";
import { frontMatterSchema, POST_FIELDS, type FrontMatter } from "./post-schema";
import {
  firstParagraph,
  renderBody,
  renderSpeakers,
  type InternalLink,
  type PostSpeaker,
  type Report,
} from "./post-render";
import { describeDateLimit, parseDateTime, DATE_EXPECTED } from "./dates";
import { tagSlug, type Tag } from "./tags";
import { postPath } from "../site";
import { findFileLikeSegment } from "../paths/owned-paths";

export type { PostSpeaker } from "./post-render";

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
  internalLinks: InternalLink[];
  /** File line of every front-matter field, keyed as errors name them: "sponsors[1]", "speakers[0].photo". */
  lines: Readonly<Record<string, number>>;
};

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown)$/;
const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
const WORDS_PER_MINUTE = 220;
const UNKNOWN_FIELD = "is not a field this site knows and is ignored";

/** Read, validate and render one post file; problems carry the file's own line numbers. */
export function readPostFile(file: string, source: string): { post?: Post; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report: Report = (line, field, message, expected, severity = "error") =>
    problems.push({ file, line, field, message, expected, severity });

  const { slug, nameSlug, fileDate, namedDate } = readFileName(file, report);
  const parsed = readFrontMatter(source, report);
  if (!parsed) return { problems };
  const frontMatter = validateFrontMatter(file, parsed, report);
  const date = frontMatter?.date ?? fileDate;
  if (!date && frontMatter) {
    const why = namedDate ? describeDateLimit(namedDate) : undefined;
    report(
      1,
      "date",
      namedDate
        ? `${namedDate} in the file name is not a date${why ? `: ${why}` : ""}, and there is no date: field`
        : "is missing: the file name has no date and there is no date: field",
      `a name like 2018-10-09-${slug}.md, or ${DATE_EXPECTED}`,
    );
  }
  const rendered = renderBody(parsed, report);
  if (frontMatter)
    problems.push(...checkPost(frontMatter, parsed, rendered?.tree).map((problem) => ({ file, ...problem })));
  const takeawayLinks: InternalLink[] = [];
  const speakers = renderSpeakers(frontMatter?.speakers ?? [], parsed, report, takeawayLinks);

  if (!frontMatter || !date || !rendered || problems.some((problem) => problem.severity === "error"))
    return { problems };
  const own = { file, slug, nameSlug, date, speakers };
  return { problems, post: buildPost(own, frontMatter, parsed, rendered, takeawayLinks) };
}

// The slug is the file name after its date; a name with no date still has a slug, and the date may come later.
function readFileName(file: string, report: Report) {
  const name = file.split("/").pop() ?? file;
  const namedDate = FILE_NAME.exec(name)?.[1];
  const nameSlug = nameSlugOf(name);
  const slug = slugOfFile(file);
  const refuse = (message: string, expected: string) => report(1, "file name", message, expected);
  if (!SLUG.test(slug))
    refuse(`slug "${nameSlug}" has spaces or symbols`, `letters, digits and hyphens, e.g. ${suggestName(name)}`);
  else if (findFileLikeSegment(slug))
    refuse(
      `slug "${nameSlug}" ends like a file name, and its page would be taken for a file`,
      `a slug without a file's ending, e.g. ${name.replace(/\.(?=.*\.(md|markdown)$)/g, "-")}`,
    );
  return { slug, nameSlug, namedDate, fileDate: namedDate ? parseDateTime(namedDate) : undefined };
}

/** The slug a post file's name gives its page: "posts/2018-10-09-October.md" → "october". */
export function slugOfFile(file: string): string {
  // Jekyll kept a name's capitals in its URL: the page lives at the lower-case slug, the old spelling redirects.
  return nameSlugOf(file.split("/").pop() ?? file).toLowerCase();
}

function nameSlugOf(name: string): string {
  return FILE_NAME.exec(name)?.[2] ?? name.replace(/\.(md|markdown)$/, "");
}

/** A post's or page's front matter; a file too large, broken, empty or without any is reported and read no further. */
export function readFrontMatter(source: string, report: Report, noun: "post" | "page" = "post") {
  try {
    checkFileText(source, `a ${noun}`, "Markdown", "file");
    const parsed = parseFrontMatter(source);
    const expected = `front matter with at least a title, then the ${noun} in Markdown`;
    if (!source.trim()) throw new YamlSyntaxError("is empty", 1, expected, "file");
    const start = "the file to start with a --- line, a title: line and another --- line";
    if (!parsed.hasFrontMatter) throw new YamlSyntaxError("is missing", 1, start, "front matter");
    return parsed;
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report(error.line, error.field, error.message, error.expected ?? "valid YAML between two --- lines");
    return undefined;
  }
}

// Empty fields and unknown ones are warnings; schema issues and an overlong title are errors. Undefined when
// the schema refuses it.
function validateFrontMatter(file: string, parsed: ParsedFile, report: Report): FrontMatter | undefined {
  const data = dropEmptyFields(parsed.data, (path) =>
    report(parsed.lineOf(path), fieldName(path), "is empty and is ignored", "a value, or no such line", "warning"),
  );
  const { problems: misnamed, meant } = checkFieldNames(data, POST_FIELDS, parsed.lineOf, UNKNOWN_FIELD);
  for (const { line, field, message, expected, severity } of misnamed) report(line, field, message, expected, severity);
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { line, field, message, expected } = describeIssue(file, parsed, issue);
      // "Title:" already says what is wrong; "title: is missing" beside it would say it twice.
      if (!(meant.has(field) && message === "is missing")) report(line, field, message, expected);
    }
    return undefined;
  }
  const overlong = describeOverlongTitle(result.data.title);
  if (overlong) report(parsed.lineOf(["title"]), "title", overlong.message, overlong.expected);
  return result.data;
}

function buildPost(
  own: Pick<Post, "file" | "slug" | "nameSlug" | "date" | "speakers">,
  frontMatter: FrontMatter,
  parsed: ParsedFile,
  rendered: RenderedBody,
  takeawayLinks: InternalLink[],
): Post {
  const { date: _date, layout: _layout, tags, speakers: _speakers, ...fields } = frontMatter;
  const words = toString(rendered.tree).split(/\s+/).filter(Boolean).length;
  return {
    ...fields,
    ...own,
    tags: tags.map((tag) => ({ name: tag, slug: tagSlug(tag) })),
    url: postPath(own.slug),
    body: rendered.tree,
    excerpt: firstParagraph(rendered.tree),
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    internalLinks: [
      ...rendered.internalLinks.map((link) => ({ ...link, line: parsed.bodyLine + link.line - 1 })),
      ...takeawayLinks,
    ],
    lines: fieldLines(parsed),
  };
}

function suggestName(name: string): string {
  const stem = name.toLowerCase().replace(/\.(md|markdown)$/, "");
  return `${stem.replace(/[^a-z0-9.-]+/g, "-").replace(/-+/g, "-")}.md`;
}
