import { postPath } from "../../lib/site";

/** One change the importer made to a post's text, with the file line it was on. */
export type Rewrite = { line: number; from: string; to: string };

/** A Liquid tag the importer could not turn into Markdown; it stays in place and `npm run check` reports it. */
export type LeftOver = { line: number; tag: string };

const HIGHLIGHT = /\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/g;
const POST_URL = /\{%-?\s*post_url\s+(?:[\w./-]*\/)?\d{4}-\d{2}-\d{2}-([\w.-]+?)(?:\.(?:md|markdown))?\s*-?%\}/g;
const LINK = /\{%-?\s*link\s+_posts\/(?:[\w./-]*\/)?\d{4}-\d{2}-\d{2}-([\w.-]+?)\.(?:md|markdown)\s*-?%\}/g;
const ANY_TAG = /\{%-?\s*(\w+)[^%]*-?%\}|\{\{-?\s*([^}]*?)\s*-?\}\}/g;
const RAW_BLOCK = /\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g;
const SUPPORTED = new Set(["site.baseurl", "site.url"]);

/**
 * Turn the Liquid of a Jekyll post that this site cannot render into Markdown: {% highlight %} blocks
 * become fenced code, {% post_url %} and {% link %} become /posts/<slug>/ paths. Anything else is listed.
 * `firstLine` is the file line of the text's first line.
 */
export function rewriteJekyllLiquid(
  text: string,
  firstLine: number,
): { text: string; rewrites: Rewrite[]; leftOver: LeftOver[] } {
  const rewrites: Rewrite[] = [];
  const lineOf = (text: string, offset: number) => firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  const replace = (text: string, pattern: RegExp, build: (match: string[]) => string) =>
    text.replace(pattern, (...args: unknown[]) => {
      const match = args.slice(0, -2) as string[];
      const offset = args.at(-2) as number;
      const to = build(match);
      rewrites.push({ line: lineOf(text, offset), from: firstLineOf(match[0] ?? ""), to: firstLineOf(to) });
      return to;
    });

  let output = replace(text, HIGHLIGHT, ([, language = "", code = ""]) => `\`\`\`${language}\n${code}\n\`\`\``);
  output = replace(output, POST_URL, ([, slug = ""]) => postPath(slug.toLowerCase()));
  output = replace(output, LINK, ([, slug = ""]) => postPath(slug.toLowerCase()));

  const leftOver: LeftOver[] = [];
  // Raw blocks are blanked, not removed, so offsets still give the right lines.
  const outsideRaw = output.replace(RAW_BLOCK, (block) => block.replace(/[^\n]/g, " "));
  for (const match of outsideRaw.matchAll(ANY_TAG)) {
    const name = (match[1] ?? match[2] ?? "").trim();
    if (!SUPPORTED.has(name)) leftOver.push({ line: lineOf(output, match.index), tag: match[0] });
  }
  return { text: output, rewrites, leftOver };
}

function firstLineOf(text: string): string {
  const [first = "", ...rest] = text.split("\n");
  return rest.length > 0 ? `${first} …` : first;
}
