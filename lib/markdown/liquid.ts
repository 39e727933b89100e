import { site } from "../site";

/** A Liquid tag this site cannot render, with its line within the body. */
export type LiquidProblem = { line: number; tag: string };

const RAW_BLOCK = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const LIQUID = /\{\{-?\s*([^}]*?)\s*-?\}\}|\{%-?\s*([^%]*?)\s*-?%\}/g;

/**
 * Resolve the Liquid that old Jekyll posts use ({{ site.baseurl }}, {{ site.url }}, {% raw %}) and report
 * any other tag, which would otherwise be printed raw onto the page.
 */
export function resolveLiquid(body: string): { body: string; problems: LiquidProblem[] } {
  const problems: LiquidProblem[] = [];
  let output = "";
  let last = 0;
  for (const raw of body.matchAll(RAW_BLOCK)) {
    output += resolveSegment(body.slice(last, raw.index), lineAt(body, last), problems) + (raw[1] ?? "");
    last = raw.index + raw[0].length;
  }
  output += resolveSegment(body.slice(last), lineAt(body, last), problems);
  return { body: output, problems };
}

function resolveSegment(segment: string, firstLine: number, problems: LiquidProblem[]): string {
  return segment.replace(LIQUID, (tag: string, expression: string | undefined, _statement, offset: number) => {
    const variable = expression?.trim();
    if (variable === "site.baseurl") return site.basePath;
    if (variable === "site.url") return site.url;
    problems.push({ line: firstLine + lineAt(segment, offset) - 1, tag: tag.replace(/\s+/g, " ") });
    return "";
  });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line += 1;
  return line;
}
