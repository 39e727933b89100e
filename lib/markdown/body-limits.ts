import type { Root, Nodes } from "mdast";

/** How deep blockquotes and lists may nest, and HTML elements: far past any post, far below what overflows. */
export const MAX_BODY_NESTING = 32;
/** How deep the Markdown tree may go in all (emphasis in links in list items in quotes...). */
const MAX_TREE_DEPTH = 128;
/** How many emphasis and link marks (*, _, ~, [) a body may hold: Markdown's parser slows with each one. */
const MAX_INLINE_MARKS = 4000;
/** How many | one line may hold: a table wider than this is no longer readable, and slow to parse. */
const MAX_TABLE_CELLS = 128;

/** Thrown when a body is past one of the limits above; `line` is the body's own line. */
export class BodyLimitError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly expected: string,
  ) {
    super(message);
  }
}

const NESTING_EXPECTED = `at most ${MAX_BODY_NESTING} levels: flatten the quote, list or HTML`;
// The container markers a line can open one after another: "> > - 1. * + ".
const LINE_MARKERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// Elements HTML closes by itself when a sibling opens (a <p> in a <p>), and those that never hold anything.
const SELF_CLOSING =
  /^(?:p|li|dt|dd|tr|td|th|thead|tbody|tfoot|option|optgroup|rb|rt|rp|colgroup|caption|area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
const TAG = /<(\/?)([a-z][a-z0-9-]*)/gi;
// A run of * or ~, an _ that is not inside a word (snake_case is text), or a [: each may open or close.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_MARK = /\*+|~+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|\[/gu;

/** Refuse before parsing: deep quotes and lists on a line, too many emphasis and link marks, too wide a table row. */
export function checkSourceNesting(markdown: string): void {
  let line = 0;
  let marks = 0;
  let fence: string | undefined;
  for (const text of markdown.split("\n")) {
    line += 1;
    const fenceMark = FENCE.exec(text)?.[1];
    if (fenceMark && (!fence || (fenceMark[0] === fence[0] && fenceMark.length >= fence.length)))
      fence = fence ? undefined : fenceMark;
    // Matching emphasis and links costs time that grows faster than the post: 80 kB of "*a* " took 20 s.
    if (!fence) marks += text.match(INLINE_MARK)?.length ?? 0;
    const cells = fence ? 0 : (text.match(/\|/g)?.length ?? 0);
    if (cells > MAX_TABLE_CELLS)
      throw new BodyLimitError(
        `a line holds ${cells} | marks`,
        line,
        `tables of at most ${MAX_TABLE_CELLS} columns: split the table`,
      );
    if (marks > MAX_INLINE_MARKS)
      throw new BodyLimitError(
        `holds more than ${MAX_INLINE_MARKS} emphasis and link marks (*, _, ~, [) by this line`,
        line,
        "fewer: put long runs of them in a fenced code block",
      );
    const markers = LINE_MARKERS.exec(text)?.[0];
    if (!markers || THEMATIC_BREAK.test(text)) continue;
    // Markdown's parser takes quadratic time on these: 16 kB of "- - -" took 55 s, and later steps recurse on them.
    const depth = markers.replace(/[^>*+\-.)]/g, "").length;
    if (depth > MAX_BODY_NESTING)
      throw new BodyLimitError(`blockquotes and lists nest ${depth} deep on one line`, line, NESTING_EXPECTED);
  }
}

/** Refuse a tree, or raw HTML, nested too deep for the recursive steps that follow; checked without recursion. */
export function checkTreeNesting(tree: Root): void {
  const stack: { node: Nodes; depth: number; containers: number }[] = [{ node: tree, depth: 0, containers: 0 }];
  let openHtml = 0;
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, depth } = next;
    const line = node.position?.start.line ?? 1;
    const containers = next.containers + (node.type === "blockquote" || node.type === "list" ? 1 : 0);
    if (containers > MAX_BODY_NESTING)
      throw new BodyLimitError(`blockquotes and lists nest more than ${MAX_BODY_NESTING} deep`, line, NESTING_EXPECTED);
    if (depth > MAX_TREE_DEPTH)
      throw new BodyLimitError(
        `Markdown formatting nests more than ${MAX_TREE_DEPTH} deep`,
        line,
        "emphasis, links and lists a few levels deep",
      );
    // HTML's parser slows with every element left open.
    if (node.type === "html") {
      const html = countOpenElements(node.value, openHtml);
      if (html.deepest > MAX_BODY_NESTING)
        throw new BodyLimitError(`HTML elements nest more than ${MAX_BODY_NESTING} deep`, line, NESTING_EXPECTED);
      openHtml = html.open;
    }
    if (!("children" in node)) continue;
    for (const child of [...node.children].reverse()) stack.push({ node: child, depth: depth + 1, containers });
  }
}

// Elements left open after `html`, and the most open at once, as HTML's parser would count them at most (<div/> too).
function countOpenElements(html: string, alreadyOpen: number): { open: number; deepest: number } {
  let open = alreadyOpen;
  let deepest = open;
  for (const [, closing, name = ""] of html.matchAll(TAG)) {
    if (SELF_CLOSING.test(name)) continue;
    open = closing ? Math.max(0, open - 1) : open + 1;
    deepest = Math.max(deepest, open);
  }
  return { open, deepest };
}
