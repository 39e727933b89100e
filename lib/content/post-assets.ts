import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { BodyLimitError } from "../markdown/body-limits";
import { parseFrontMatter } from "./front-matter";
import { resolveLiquid } from "../markdown/liquid";
import { renderMarkdown } from "../markdown/pipeline";
import { decodePath, isSitePath } from "../public-files";
import { withoutBasePath } from "../site";
import { isMapping } from "../mistakes/field-names";

// Links to these are pages, not files: only other extensions (.pdf, .zip, ...) are files to carry over.
const PAGE_EXTENSIONS = /\.(html?|xml|txt|ics)$/i;
const SITE_URL_TAG = /\{\{-?\s*site\.url\s*-?\}\}/g;

/** Each file under public/ a post names ("/images/A B.png"), with its line; throws YamlSyntaxError, BodyLimitError. */
export function listLocalAssets(source: string) {
  const parsed = parseFrontMatter(source);
  const found = new Map<string, number>();
  const add = (value: unknown, line: number) => {
    if (typeof value !== "string") return;
    const raw = value.trim().replace(/^images\//i, "/images/");
    const path = decodePath(withoutBasePath(raw).split(/[?#]/)[0] ?? "");
    if (isSitePath(raw) && !found.has(path)) found.set(path, line);
  };

  add(parsed.data.image, parsed.lineOf(["image"]));
  for (const [key, field] of Object.entries({ speakers: "photo", sponsors: "logo" })) {
    const list = parsed.data[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => isMapping(item) && add(item[field], parsed.lineOf([key, index, field])));
  }

  // {{ site.url }} named the site itself, so what follows it is a path on this site.
  const body = resolveLiquid(parsed.body.replace(SITE_URL_TAG, "")).body;
  visit(renderAt(body, parsed.bodyLine), "element", (node: Element) => {
    const line = parsed.bodyLine + (node.position?.start.line ?? 1) - 1;
    if (node.tagName === "img" || node.tagName === "iframe") add(node.properties.src, line);
    const href = node.tagName === "a" ? String(node.properties.href ?? "") : "";
    const last = href.split(/[?#]/)[0]?.split("/").pop() ?? "";
    if (last.includes(".") && !PAGE_EXTENSIONS.test(last)) add(href, line);
  });
  return [...found].map(([path, line]) => ({ path, line }));
}

function renderAt(body: string, bodyLine: number) {
  try {
    return renderMarkdown(body).tree;
  } catch (error) {
    if (!(error instanceof BodyLimitError)) throw error;
    throw new BodyLimitError(error.message, bodyLine + error.line - 1, error.expected);
  }
}
