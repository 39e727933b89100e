import { site } from "../site";

type Group = string | undefined;
// A {% raw %} block (its text kept as written), an output tag or a statement tag.
const LIQUID =
  /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}|\{\{-?\s*([^}]*?)\s*-?\}\}|\{%-?\s*([^%]*?)\s*-?%\}/g;

/** Resolve old posts' Liquid (site.baseurl, site.url, URL filters, raw); any other tag is reported, never printed. */
export function resolveLiquid(body: string) {
  // The tags this site cannot render, at their lines within the body.
  const problems: { line: number; tag: string }[] = [];
  const output = body.replace(LIQUID, (tag: string, raw: Group, expression: Group, _statement: Group, at: number) => {
    if (raw !== undefined) return raw;
    const value = expression === undefined ? undefined : resolveExpression(expression);
    if (value !== undefined) return value;
    problems.push({ line: lineAt(body, at), tag: tag.replace(/\s+/g, " ") });
    return "";
  });
  return { body: output, problems };
}

const LITERAL = /^(?:"([^"]*)"|'([^']*)')$/;
const VARIABLES: Record<string, () => string> = { "site.baseurl": () => site.basePath, "site.url": () => site.url };

// `{{ "/images/x.jpg" | relative_url }}`, `{{ site.baseurl }}`, `{{ "/x" | prepend: site.baseurl }}`: a value
// from a quoted text or a site variable, through the URL filters Jekyll themes use; undefined for anything else.
function resolveExpression(expression: string): string | undefined {
  const [input = "", ...filters] = expression.split("|").map((part) => part.trim());
  let value = readValue(input);
  for (const filter of filters) {
    if (value === undefined) return undefined;
    const [name = "", argument] = filter.split(/:(.*)/s).map((part) => part.trim());
    if (name === "relative_url") value = relativeUrl(value);
    else if (name === "absolute_url") value = isAbsolute(value) ? value : `${site.url}${relativeUrl(value)}`;
    else if ((name === "prepend" || name === "append") && argument !== undefined) {
      const other = readValue(argument);
      if (other === undefined) return undefined;
      value = name === "prepend" ? `${other}${value}` : `${value}${other}`;
    } else return undefined;
  }
  return value;
}

function readValue(input: string): string | undefined {
  const literal = LITERAL.exec(input);
  return literal ? (literal[1] ?? literal[2] ?? "") : VARIABLES[input]?.();
}

// As Jekyll's relative_url: the base path in front of a site path; an absolute URL is left alone.
function relativeUrl(value: string): string {
  if (isAbsolute(value)) return value;
  return `${site.basePath}${value.startsWith("/") ? value : `/${value}`}`;
}

function isAbsolute(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//");
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}
