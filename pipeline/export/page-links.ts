/**
 * The URLs an exported page points at, found the way linkinator finds them (the same tags and
 * attributes, srcset, meta refresh, JSON-LD), but by scanning the HTML Next and our steps write rather
 * than by parsing it into a tree: the link check reads thousands of pages, and this is what it costs most.
 */
import { decodeHTMLAttribute } from "entities";

// Which attributes of which tags hold a URL (linkinator's table).
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  audio: ["src"],
  blockquote: ["cite"],
  body: ["background"],
  command: ["icon"],
  del: ["cite"],
  embed: ["href", "src", "pluginspage", "pluginurl"],
  frame: ["longdesc", "src"],
  html: ["manifest"],
  iframe: ["longdesc", "src"],
  img: ["src", "srcset"],
  input: ["src"],
  ins: ["cite"],
  link: ["href"],
  meta: ["content"],
  object: ["data"],
  q: ["cite"],
  script: ["src"],
  source: ["src", "srcset"],
  track: ["src"],
  video: ["poster", "src"],
};
// Hints to other origins, which linkinator does not check either.
const IGNORED_RELS = new Set(["dns-prefetch", "preconnect"]);
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
// Text that holds no tags: scripts (the Flight payload quotes markup), styles and comments.
const OPAQUE = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

/** Every URL `html` links to or loads, as written (relative or absolute), attribute entities decoded. */
export function findPageLinks(html: string): string[] {
  const links: string[] = [];
  const markup = html.replace(OPAQUE, (whole, tag: string | undefined, attributes: string, text: string) => {
    if (tag?.toLowerCase() !== "script") return tag ? `<${tag}${attributes}>` : "";
    if (/type\s*=\s*["']?application\/ld\+json/i.test(attributes)) links.push(...jsonLdLinks(text));
    return `<script${attributes}>`;
  });
  for (const [, rawTag = "", rawAttributes = ""] of markup.matchAll(TAG)) {
    const tag = rawTag.toLowerCase();
    const wanted = URL_ATTRIBUTES[tag];
    if (!wanted) continue;
    const attributes = parseAttributes(rawAttributes);
    if (tag === "link" && IGNORED_RELS.has(attributes.get("rel") ?? "")) continue;
    if (tag === "meta") {
      const content = attributes.get("content");
      if (content !== undefined) links.push(...metaLinks(content, attributes.get("http-equiv")));
      continue;
    }
    for (const name of wanted) {
      const value = attributes.get(name);
      if (value) links.push(...(name === "srcset" ? srcsetUrls(value) : [value]));
    }
  }
  return links;
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = "", double, single, bare] of text.matchAll(ATTRIBUTE))
    attributes.set(name.toLowerCase(), decodeHTMLAttribute(double ?? single ?? bare ?? ""));
  return attributes;
}

// A refresh redirect's target, or a content value that is a whole absolute URL (og:image and the like).
function metaLinks(content: string, httpEquiv: string | undefined): string[] {
  if (httpEquiv?.toLowerCase() === "refresh") {
    const target = /^\s*\d+\s*;\s*url\s*=\s*(.+)/i.exec(content)?.[1]?.trim();
    return target ? [target] : [];
  }
  return URL.canParse(content) ? [content] : [];
}

function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

// Every string in the JSON-LD that is an absolute URL; the checker keeps only the site's own.
function jsonLdLinks(text: string): string[] {
  const urls: string[] = [];
  try {
    // The reviver sees every value of the tree, in document order; it runs only once the whole text parsed.
    JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === "string" && /^https?:\/\//i.test(value) && URL.canParse(value)) urls.push(value);
      return value;
    });
  } catch {
    return [];
  }
  return urls;
}
