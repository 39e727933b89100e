import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import type { ContentProblem } from "../content/content-error";
import { describeOverlongDescription, describeOverlongTitle } from "../content/content-limits";
import type { ParsedFile } from "../content/front-matter";
import { readFrontMatter } from "../content/post-file";
import { describeIssue, fieldLines } from "../content/front-matter-issues";
import { checkFieldNames } from "../mistakes/field-names";
import { firstParagraph, renderBody, type Report } from "../content/post-render";
import { EXPECTED } from "../content/post-schema";
import { defaultPermalink } from "./permalinks";
import { normaliseFromPath } from "../content/path-syntax";
import { KNOWN_PAGE_FIELDS, PAGE_EXPECTED, pageSchema, type PageFrontMatter } from "./page-schema";

/** A page as routes see it: validated front matter plus everything derived from the file. */
export type SitePage = Omit<PageFrontMatter, "layout" | "title"> & {
  /** Path as the editor sees it, e.g. "content/pages/speak.md". */
  file: string;
  title: string;
  /** The page's own path on the site, without base path: "/speak/". */
  permalink: string;
  body: Root;
  /** Plain text of the first paragraph, for descriptions. */
  excerpt: string;
  internalLinks: { path: string; line: number }[];
  /** File line of every front-matter field, keyed as errors name them: "nav.label", "redirect_from[1]". */
  lines: Readonly<Record<string, number>>;
};

/** One page file read: the page unless it has errors, and every problem found in it. */
export type PageRead = { page?: SitePage; problems: ContentProblem[] };

/** Read, validate and render one page; `relative` is its path inside the pages folder ("about/index.md"). */
export function readPageFile(file: string, relative: string, source: string): PageRead {
  const problems: ContentProblem[] = [];
  const report: Report = (line, field, message, expected, severity = "error") =>
    problems.push({ file, line, field, message, expected, severity });

  const parsed = readFrontMatter(source, report, "page");
  if (!parsed) return { problems };
  const ignored = "is not a field pages know and is ignored";
  const misnamed = checkFieldNames(parsed.data, { names: KNOWN_PAGE_FIELDS }, parsed.lineOf, ignored).problems;
  problems.push(...misnamed.map((problem) => ({ file, ...problem })));
  const result = pageSchema.safeParse(parsed.data);
  if (!result.success) for (const issue of result.error.issues) problems.push(pageIssue(file, parsed, issue));
  const data = result.data;
  const permalink = data ? readPermalink(data, relative, parsed, report) : undefined;

  const rendered = renderBody(parsed, report);
  if (data && rendered) checkPageFields(data, parsed, rendered.tree, report);
  if (!data || !permalink || !rendered || problems.some((problem) => problem.severity === "error")) return { problems };

  const { layout: _layout, title, ...frontMatter } = data;
  return {
    problems,
    page: {
      ...frontMatter,
      file,
      title: title ?? permalink,
      permalink,
      body: rendered.tree,
      excerpt: firstParagraph(rendered.tree),
      internalLinks: rendered.internalLinks.map((link) => ({ ...link, line: parsed.bodyLine + link.line - 1 })),
      lines: fieldLines(parsed),
    },
  };
}

function readPermalink(data: PageFrontMatter, relative: string, parsed: ParsedFile, report: Report) {
  const raw = data.permalink ?? defaultPermalink(relative);
  const line = data.permalink ? parsed.lineOf(["permalink"]) : 1;
  const field = data.permalink ? "permalink" : "file name";
  // `/cnl-slack` → `/cnl-slack/`; an .html path is kept for readPermalink to refuse unless the page is a short link.
  const permalink = normaliseFromPath(raw);
  if (!permalink) {
    report(line, field, `"${raw}" is not a path this site can serve`, PAGE_EXPECTED.permalink);
    return undefined;
  }
  if (!data.redirect_to && !permalink.endsWith("/")) {
    report(
      line,
      field,
      `"${raw}" names a file, and a page is a folder`,
      `a folder path such as ${permalink.replace(/\.html?$/, "/")}; keep the old path in redirect_from`,
    );
    return undefined;
  }
  return permalink;
}

function checkPageFields(data: PageFrontMatter, parsed: ParsedFile, body: Root, report: Report): void {
  const { lineOf } = parsed;
  const hasBody = Boolean(toString(body).trim());
  const warnOfBody = (message: string, expected: string) =>
    report(parsed.bodyLine, "body", message, expected, "warning");
  if (data.redirect_to) {
    if (hasBody) warnOfBody("is never shown: the page redirects", "a short link has front matter only");
    return;
  }
  if (data.title === undefined) report(1, "title", "is missing", EXPECTED.title);
  else if (!data.title) report(lineOf(["title"]), "title", "is empty", EXPECTED.title);
  else {
    const overlong = describeOverlongTitle(data.title);
    if (overlong) report(lineOf(["title"]), "title", overlong.message, overlong.expected);
  }
  const longDescription = describeOverlongDescription(data.description);
  if (longDescription)
    report(lineOf(["description"]), "description", longDescription.message, longDescription.expected, "warning");
  if (!hasBody && data.sections.length === 0)
    warnOfBody("is empty", "the page in Markdown below the front matter's closing --- line");
}

// Page fields have expectations of their own; the shared describer knows those of posts.
function pageIssue(file: string, parsed: ParsedFile, issue: Parameters<typeof describeIssue>[2]): ContentProblem {
  const problem = describeIssue(file, parsed, issue);
  const byField: Readonly<Record<string, string>> = PAGE_EXPECTED;
  const top = issue.path[0];
  const typeError = issue.code === "invalid_type" || issue.code === "invalid_union";
  if (top === "updated") return { ...problem, expected: EXPECTED.date };
  if (!typeError && typeof top === "string" && byField[top]) return { ...problem, expected: byField[top] };
  return problem;
}
