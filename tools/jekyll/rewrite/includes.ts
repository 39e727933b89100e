import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { escapeUTF8 } from "entities";
import { findLinkOnTheWay } from "../../../lib/content/symbolic-links";

const ARGUMENT = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([\w.]+))/g;
const INCLUDE_VALUE = /\{\{-?\s*include\.([\w-]+)\s*-?\}\}/g;
const URL_LIKE = /^(https?:\/\/|\/|[\w.-]+\/)/i;

/**
 * `{% include name a="..." %}` as this site can show it: the include's HTML with its `include.*` values
 * filled in, on one line, when the include is plain HTML with nothing else of Liquid in it. Otherwise the
 * include's links as a list, with why it was not rendered, for the report.
 */
export function renderInclude(includesDir: string, name: string, args: string): { text: string; why?: string } {
  const values = new Map<string, string>();
  const variables: string[] = [];
  for (const [, key = "", double, single, variable] of args.matchAll(ARGUMENT)) {
    if (variable !== undefined) variables.push(key);
    else values.set(key, double ?? single ?? "");
  }
  const file = path.join(includesDir, name);
  const inside = path.resolve(file).startsWith(path.resolve(includesDir) + path.sep);
  // What a link points to could be any file of this machine: it is named, never read.
  const link = inside ? findLinkOnTheWay(path.dirname(includesDir), file) : undefined;
  const notRendered = (why: string) => ({ text: linkList(values), why });
  if (link)
    return notRendered(
      `${path.relative(path.dirname(includesDir), link)} is a symbolic link, which the import never follows`,
    );
  if (!inside || !existsSync(file)) return notRendered(`_includes/${name} is not in the Jekyll site`);
  if (variables.length > 0) return notRendered(`its values ${variables.join(", ")} come from Liquid variables`);
  const template = readFileSync(file, "utf8");
  if (/\{%|\{\{/.test(template.replace(INCLUDE_VALUE, "")))
    return notRendered(`_includes/${name} holds Liquid beyond include.* values`);
  const html = template.replace(INCLUDE_VALUE, (_, key: string) => escapeUTF8(values.get(key) ?? ""));
  // One line: Markdown reads it as one HTML block, and the lines after it stay where they were.
  return { text: html.trim().replace(/\s*\n\s*/g, "") };
}

// The include's URL values as Markdown links, labelled by its title or text value where it has one.
function linkList(values: ReadonlyMap<string, string>): string {
  const label = values.get("title") ?? values.get("text") ?? values.get("name") ?? values.get("alt");
  const links = [...values]
    .filter(([key, value]) => URL_LIKE.test(value) && !/^(image|img|src|icon|logo)$/i.test(key))
    .map(([key, value]) => `[${(label ?? key).replace(/[[\]]/g, "")}](<${value}>)`);
  return links.join(" · ");
}
