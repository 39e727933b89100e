import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import type { ContentProblem } from "./content-error";
import type { ParsedFile } from "./front-matter";
import type { Speaker } from "./post-schema";
import { resolveLiquid } from "../markdown/liquid";
import { renderInlineMarkdown, renderMarkdown, type RenderedBody } from "../markdown/pipeline";
import { BodyLimitError } from "../markdown/body-limits";

/** A takeaway as written, and as a sanitized tree rendered once for every page that shows it. */
export type Takeaway = { markdown: string; tree: Root };

/** A speaker as pages see them: the front matter, with each takeaway rendered. */
export type PostSpeaker = Omit<Speaker, "takeaways"> & { takeaways: Takeaway[] };

type Severity = ContentProblem["severity"];

/** How reading a post records a problem at a file line. */
export type Report = (line: number, field: string, message: string, expected: string, severity?: Severity) => void;

/** Render a body, Liquid then Markdown, at the file's lines; undefined (and reported) past a body limit. */
export function renderBody(parsed: ParsedFile, report: Report): RenderedBody | undefined {
  const liquid = resolveLiquid(parsed.body);
  for (const problem of liquid.problems) {
    report(
      parsed.bodyLine + problem.line - 1,
      "body",
      `Liquid tag ${problem.tag} cannot be rendered`,
      "only {{ site.baseurl }}, {{ site.url }}, the relative_url and absolute_url filters and {% raw %} are supported",
    );
  }
  const rendered = renderWithinLimits(renderMarkdown, liquid.body, (line, message, expected) =>
    report(parsed.bodyLine + line - 1, "body", message, expected),
  );
  for (const problem of rendered?.problems ?? [])
    report(parsed.bodyLine + problem.line - 1, problem.field, problem.message, problem.expected, problem.severity);
  return rendered;
}

/** A link to a site path in a post, at its file line; takeaways' links also name their field. */
export type InternalLink = { path: string; line: number; field?: string };

/** Speakers with their takeaways rendered once for all pages; their links to site paths go into `links`, to check. */
export function renderSpeakers(
  speakers: readonly Speaker[],
  parsed: ParsedFile,
  report: Report,
  links: InternalLink[],
): PostSpeaker[] {
  return speakers.map((speaker, index) => {
    const takeaways = speaker.takeaways.map((markdown, item) => {
      const field = `speakers[${index}].takeaways[${item}]`;
      const line = parsed.lineOf(["speakers", index, "takeaways", item]);
      const rendered = renderWithinLimits(renderInlineMarkdown, markdown, (_line, message, expected) =>
        report(line, field, message, expected),
      );
      for (const link of rendered?.internalLinks ?? []) links.push({ path: link.path, line, field });
      for (const problem of rendered?.problems ?? [])
        if (problem.severity === "error") report(line, field, problem.message, problem.expected);
      return { markdown, tree: rendered?.tree ?? { type: "root", children: [] } };
    });
    return { ...speaker, takeaways };
  });
}

// A body past a limit of lib/markdown/body-limits.ts is reported at its line, and the rest of the post still checked.
function renderWithinLimits(
  render: (markdown: string) => RenderedBody,
  markdown: string,
  refuse: (line: number, message: string, expected: string) => void,
): RenderedBody | undefined {
  try {
    return render(markdown);
  } catch (error) {
    if (!(error instanceof BodyLimitError)) throw error;
    refuse(error.line, error.message, error.expected);
    return undefined;
  }
}

/** Plain text of the first paragraph, for lists and descriptions. */
export function firstParagraph(tree: Root): string {
  const paragraph = tree.children.find(
    (node) => node.type === "element" && node.tagName === "p" && toString(node).trim(),
  );
  return paragraph ? toString(paragraph).replace(/\s+/g, " ").trim() : "";
}
