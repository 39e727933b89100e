import { resolveLiquid } from "../../../lib/markdown/liquid";
import { renderInclude } from "./includes";
import { firstLineOf, replaceKeepingLines, type Rewrite } from "./keep-lines";

/** A Liquid tag the importer could not carry over: taken out of the text, and reported with its line. */
export type LeftOver = { line: number; tag: string; why?: string };

/** What the Liquid of one file may refer to. */
export type LiquidContext = {
  includesDir: string;
  /** `{% post_url 2017-07-05-July-Meetup %}` → the post's new URL, or undefined when there is no such post. */
  postUrl: (name: string) => string | undefined;
  /** The file's own front matter (`{{ page.title }}`) and the site's settings (`{{ site.title }}`), as text. */
  page: Record<string, string>;
  site: Record<string, string>;
};

// Each "{%" and "%}" of a pattern stands for a Liquid tag's delimiter, whitespace control ("{%-") included.
const tagPattern = (source: string) =>
  new RegExp(source.replaceAll("{%", String.raw`\{%-?\s*`).replaceAll("%}", String.raw`\s*-?%\}`), "g");
const HIGHLIGHT = tagPattern(String.raw`{%highlight\s+([\w+#.-]+)[^%]*%}\n?([\s\S]*?)\n?{%endhighlight%}`);
const POST_URL = tagPattern(
  String.raw`{%post_url\s+(?:[\w./-]*\/)?(\d{4}-\d{2}-\d{2}-[\w.-]+?)(?:\.(?:md|markdown))?%}`,
);
const LINK = tagPattern(String.raw`{%link\s+_posts\/(?:[\w./-]*\/)?(\d{4}-\d{2}-\d{2}-[\w.-]+?)\.(?:md|markdown)%}`);
const COMMENT = tagPattern(String.raw`{%comment%}[\s\S]*?{%endcomment%}`);
const ENVIRONMENT = tagPattern(
  String.raw`{%if\s+jekyll\.environment\s*(==|!=)\s*["']production["']%}([\s\S]*?)(?:{%else%}([\s\S]*?))?{%endif%}`,
);
const INCLUDE = tagPattern(String.raw`{%include\s+([\w./-]+)((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[\w.]+))*)%}`);
const VARIABLE = /\{\{-?\s*(page|site)\.(\w+)\s*-?\}\}/g;
const ANY_TAG = /\{%-?[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}/g;
const RAW_BLOCK = tagPattern(String.raw`{%raw%}[\s\S]*?{%endraw%}`);
// Resolved by the site itself when the page is built (lib/markdown/liquid.ts): site.url and site.baseurl.
const SITE_RESOLVED = new Set(["url", "baseurl"]);

/**
 * Turn the Liquid of a Jekyll file that this site cannot render into Markdown and HTML: {% highlight %}
 * becomes fenced code, {% post_url %} and {% link %} the post's new URL, {% include %} the include's HTML
 * (or a list of its links), `jekyll.environment == "production"` its production branch, {{ page.x }} and
 * {{ site.x }} their values. Anything else is taken out and listed: it is never printed raw.
 * `firstLine` is the file line of the text's first line; every later line stays where it was.
 */
export function rewriteJekyllLiquid(text: string, firstLine: number, context: LiquidContext) {
  const rewrites: Rewrite[] = [];
  const leftOver: LeftOver[] = [];
  const pass = (input: string, pattern: RegExp, build: (match: RegExpExecArray, line: number) => string | undefined) =>
    replaceKeepingLines(input, pattern, firstLine, (match, line) => {
      const reported = leftOver.length;
      const to = build(match, line);
      // What could not be carried over is reported once, as left over, not as a rewrite too.
      if (to !== undefined && leftOver.length === reported)
        rewrites.push({ line, from: firstLineOf(match[0]), to: firstLineOf(to) || "(nothing)" });
      return to;
    });

  let output = pass(text, HIGHLIGHT, ([, language = "", code = ""]) => `\`\`\`${language}\n${code}\n\`\`\``);
  for (const pattern of [POST_URL, LINK])
    output = pass(output, pattern, ([whole, name = ""], line) => {
      const url = context.postUrl(name);
      if (!url) leftOver.push({ line, tag: whole, why: `there is no post ${name} in _posts/` });
      return url ?? "";
    });
  output = pass(output, COMMENT, () => "");
  output = pass(output, ENVIRONMENT, ([, operator, production = "", other = ""]) =>
    (operator === "==" ? production : other).trim(),
  );
  output = pass(output, INCLUDE, ([whole, name = "", args = ""], line) => {
    const rendered = renderInclude(context.includesDir, name, args);
    if (rendered.why) leftOver.push({ line, tag: whole, why: rendered.why });
    return rendered.text;
  });
  output = pass(output, VARIABLE, ([, scope, key = ""]) =>
    scope === "site" && SITE_RESOLVED.has(key) ? undefined : (scope === "page" ? context.page : context.site)[key],
  );

  // What is left and the site cannot resolve comes out; raw blocks are blanked first so they are kept.
  const blanked = output.replace(RAW_BLOCK, (block) => block.replace(/[^\n]/g, " "));
  const removals = new Map<number, string>();
  replaceKeepingLines(blanked, ANY_TAG, firstLine, (match, line) => {
    if (resolveLiquid(match[0]).problems.length === 0) return undefined;
    removals.set(match.index, match[0]);
    leftOver.push({ line, tag: match[0].replace(/\s+/g, " ") });
    return undefined;
  });
  for (const [index, tag] of [...removals].reverse())
    output = output.slice(0, index) + tag.replace(/[^\n]/g, "") + output.slice(index + tag.length);
  return { text: output, rewrites, leftOver };
}
