import type { ImportReport } from "./import-site";
import { rewriteLinks } from "./rewrite/link-rewrites";
import { rewriteJekyllLiquid, type LiquidContext } from "./rewrite/liquid-rewrites";
import { rewriteWidgets } from "./rewrite/widgets";

/** A file split where Jekyll splits it: the front matter's text (without its --- lines), and the body. */
export type SplitFile = { frontMatter: string | undefined; body: string };

/** Split a Jekyll file's text (BOM and CRLF removed) into front matter and body. */
export function splitFile(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return { frontMatter: undefined, body: text };
  const close = /^---[ \t]*(\n|$)/m.exec(text.slice(open[0].length));
  if (!close) return { frontMatter: undefined, body: text };
  const start = open[0].length;
  return {
    frontMatter: text.slice(start, start + close.index),
    body: text.slice(start + close.index + close[0].length),
  };
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
 * A Jekyll body as this site can read it: Liquid resolved or taken out, third-party widgets made facades or
 * taken out, links without a scheme or relative to the old page fixed. Every change is noted in the report
 * against `file` at its line; `firstLine` is the file line of the body's first line.
 */
export function convertBody(
  body: string,
  file: string,
  firstLine: number,
  context: LiquidContext & { oldUrl: string },
  report: ImportReport,
): string {
  const liquid = rewriteJekyllLiquid(body, firstLine, context);
  const widgets = rewriteWidgets(liquid.text, firstLine);
  const links = rewriteLinks(widgets.text, firstLine, context.oldUrl);
  for (const change of [...liquid.rewrites, ...links.rewrites])
    report.rewritten.push({ file, line: change.line, text: `${change.from} -> ${change.to}` });
  for (const tag of [...liquid.leftOver, ...widgets.leftOver]) {
    const what = tag.tag.startsWith("{") ? `Liquid ${tag.tag}` : tag.tag;
    report.notCarriedOver.push({
      file,
      line: tag.line,
      text: `${what} ${tag.why ? `(${tag.why})` : "has no equivalent here"}: taken out, replace it by hand`,
    });
  }
  return links.text;
}

/** A file's front matter as text for `{{ page.x }}`: its string and number fields. */
export function textFields(data: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data))
    if (typeof value === "string" || typeof value === "number") fields[key] = String(value);
  return fields;
}
