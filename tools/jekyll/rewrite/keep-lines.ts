/** One change the importer made to a file's text, or one thing it left out, with the file line it was on. */
export type Rewrite = { line: number; from: string; to: string };

/**
 * `text.replace(pattern, ...)` that keeps every later line where it was, so that the report and
 * `npm run check` name the lines of the old file: a shorter replacement is padded with line breaks, a
 * longer one is joined onto one line. `build` gets the match and its file line; undefined leaves it as it was.
 */
export function replaceKeepingLines(
  text: string,
  pattern: RegExp,
  firstLine: number,
  build: (match: RegExpExecArray, line: number) => string | undefined,
): string {
  let output = "";
  let last = 0;
  let line = firstLine;
  for (const match of text.matchAll(pattern)) {
    line += countLines(text.slice(last, match.index));
    const replacement = build(match as RegExpExecArray, line);
    output += text.slice(last, match.index);
    if (replacement === undefined) output += match[0];
    else {
      const wanted = countLines(match[0]);
      const lines = replacement.split("\n");
      const fitted = lines.length - 1 > wanted ? [...lines.slice(0, wanted), lines.slice(wanted).join(" ")] : lines;
      output += fitted.join("\n") + "\n".repeat(wanted - (fitted.length - 1));
    }
    line += countLines(match[0]);
    last = match.index + match[0].length;
  }
  return output + text.slice(last);
}

/** The first line of a snippet, with "…" when there is more, for one line of the report. */
export function firstLineOf(text: string): string {
  const [first = "", ...rest] = text.trim().split("\n");
  return rest.length > 0 ? `${first} …` : first;
}

function countLines(text: string): number {
  return text.split("\n").length - 1;
}
