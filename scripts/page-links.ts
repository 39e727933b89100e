/** The URLs a page of the export points at, the way a browser (and a link checker) reads them. */
import { parse } from "parse5";
import { attribute, elements, textOf, type Element } from "./html-elements";

// Attributes that hold one URL, by element; srcset holds several.
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  script: ["src"],
  iframe: ["src"],
  frame: ["src"],
  embed: ["src"],
  input: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  object: ["data"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite"],
  ins: ["cite"],
};
// Hints to connect early are not links.
const NOT_LINKS = /^(preconnect|dns-prefetch)$/i;
const ABSOLUTE = /https?:\/\/[^\s"'<>\\)\]]+/g;

/**
 * Every URL in a page, as written: link and media attributes, srcset candidates, a meta refresh target,
 * absolute URLs in other <meta> (Open Graph, Twitter cards) and in JSON-LD.
 */
export function pageLinks(html: string): string[] {
  const links: string[] = [];
  for (const element of elements(parse(html))) {
    if (element.tagName === "meta") links.push(...metaLinks(element));
    else if (element.tagName === "script" && attribute(element, "type") === "application/ld+json") {
      links.push(...(textOf(element).replace(/\\\//g, "/").match(ABSOLUTE) ?? []));
    } else if (!(element.tagName === "link" && NOT_LINKS.test(attribute(element, "rel") ?? ""))) {
      for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
        const value = attribute(element, name)?.trim();
        if (value) links.push(...(name === "srcset" ? srcsetUrls(value) : [value]));
      }
    }
  }
  return links;
}

function metaLinks(element: Element): string[] {
  const content = attribute(element, "content")?.trim() ?? "";
  if (attribute(element, "http-equiv")?.toLowerCase() === "refresh") {
    const target = /^\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
    return target ? [target.trim()] : [];
  }
  return /^https?:\/\//.test(content) ? [content] : [];
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}
