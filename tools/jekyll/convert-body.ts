import path from "node:path";
import { parseFrontMatter, splitFrontMatter, YamlSyntaxError, type SplitFile } from "../../lib/content/front-matter";
import type { ImportContext, ImportReport } from "./import-site";
import { rewriteLinks } from "./rewrite/link-rewrites";
import { rewriteJekyllLiquid } from "./rewrite/liquid-rewrites";
import { rewriteWidgets } from "./rewrite/widgets";

/** Split a Jekyll file with the site's own splitter; one it refuses is all body, and `npm run check` says why. */
export function splitFile(source: string): SplitFile {
  try {
    return splitFrontMatter(source);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return { frontMatter: undefined, body: source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), bodyLine: 1 };
  }
}

/** A file's front matter as data; undefined where it is not valid YAML, reported against `file`, then `advice`. */
export function readData(source: string, file: string, report: ImportReport, advice: string) {
  try {
    return parseFrontMatter(source).data;
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const text = `front matter is not valid YAML (${error.message}): ${advice}`;
    report.notCarriedOver.push({ file, line: error.line, text });
    return undefined;
  }
}

/** Put a file back together; its body starts on the line this returns for `bodyLineOf`. */
export function joinFile(frontMatter: string, body: string): string {
  return `---\n${frontMatter}${frontMatter.endsWith("\n") || !frontMatter ? "" : "\n"}---\n${body}`;
}

/** The file line a body starts on below this front matter. */
export function bodyLineOf(frontMatter: string): number {
  return joinFile(frontMatter, "").split("\n").length;
}

/**
 * A Jekyll body as this site reads it (Liquid, widgets, links), each change reported against `file` at its
 * line; `data` is the file's front matter and `oldUrl` its old URL.
 */
export function convertBody(
  body: string,
  file: string,
  firstLine: number,
  { data, oldUrl }: { data: Record<string, unknown>; oldUrl: string },
  { root, config, postUrls, report }: ImportContext,
): string {
  const liquid = rewriteJekyllLiquid(body, firstLine, {
    includesDir: path.join(root, "_includes"),
    postUrl: (name) => postUrls.get(name),
    page: textFields(data),
    site: config.text,
  });
  const widgets = rewriteWidgets(liquid.text, firstLine);
  const links = rewriteLinks(widgets.text, firstLine, oldUrl);
  for (const change of [...liquid.rewrites, ...links.rewrites])
    report.rewritten.push({ file, line: change.line, text: `${change.from} -> ${change.to}` });
  for (const tag of [...liquid.leftOver, ...widgets.leftOver]) {
    const what = tag.tag.startsWith("{") ? `Liquid ${tag.tag}` : tag.tag;
    const text = `${what} ${tag.why ? `(${tag.why})` : "has no equivalent here"}: taken out, replace it by hand`;
    report.notCarriedOver.push({ file, line: tag.line, text });
  }
  return links.text;
}

/** Front matter or settings as text for `{{ page.x }}` and `{{ site.x }}`: their string and number fields. */
export function textFields(data: Record<string, unknown>): Record<string, string> {
  const text = Object.entries(data).filter(([, value]) => typeof value === "string" || typeof value === "number");
  return Object.fromEntries(text.map(([key, value]) => [key, String(value)]));
}
