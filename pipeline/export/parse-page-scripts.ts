/** What a page's Content-Security-Policy depends on, read from the tree a browser would build. */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from "parse5";
import { htmlElements } from "../../lib/check/public-documents";

/** A page's inline scripts, first event handler, and the offsets its policy depends on. */
export type PageScripts = {
  /** The text of each inline script of a JavaScript type, which the policy must allow by its hash. */
  inline: string[];
  /** The first element in the page with an inline event handler, as `<tag attribute>`. */
  handler?: string;
  /** Where the first <script> element starts (Infinity if none). */
  firstScriptAt: number;
  /** Where the policy goes: after <head>, or after <meta charset> where that comes first in it. */
  metaAt: number;
};

type Element = DefaultTreeAdapterMap["element"];

const JAVASCRIPT_TYPES = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

// Where each node starts and its start tag ends is all this reads, so the tree keeps no place of any text
// and no element's end: recording those (a fresh object on every text merge) cost about a fifth of the parse.
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    if (node.nodeName !== "#text") node.sourceCodeLocation = location;
  },
  updateNodeSourceCodeLocation() {},
};

/** The same, read from the tree a browser would build: every element, wherever the HTML puts it. */
export function parsePageScripts(html: string): PageScripts {
  const document = parse(html, { sourceCodeLocationInfo: true, treeAdapter });
  const found: PageScripts = { inline: [], firstScriptAt: Number.POSITIVE_INFINITY, metaAt: metaPosition(document) };
  for (const element of htmlElements(document)) {
    const handler = element.attrs.find((attribute) => /^on/i.test(attribute.name));
    if (handler) return { ...found, handler: `<${element.tagName} ${handler.name}>` };
    if (element.tagName !== "script") continue;
    found.firstScriptAt = Math.min(found.firstScriptAt, element.sourceCodeLocation?.startOffset ?? 0);
    // A script whose text runs: no src, and a JavaScript type or none.
    const runs =
      attribute(element, "src") === undefined && JAVASCRIPT_TYPES.test(attribute(element, "type")?.trim() ?? "");
    if (runs) found.inline.push(element.childNodes.map((child) => ("value" in child ? child.value : "")).join(""));
  }
  return found;
}

// Right after <head> (and after <meta charset>, which must stay within the first 1024 bytes).
function metaPosition(document: DefaultTreeAdapterMap["document"]): number {
  const html = document.childNodes.find((node): node is Element => "tagName" in node && node.tagName === "html");
  const head = html?.childNodes.find((node): node is Element => "tagName" in node && node.tagName === "head");
  const first = head?.childNodes.find((node): node is Element => "tagName" in node);
  if (first?.tagName === "meta" && attribute(first, "charset") !== undefined)
    return first.sourceCodeLocation?.endOffset ?? 0;
  return (
    head?.sourceCodeLocation?.startTag?.endOffset ??
    html?.sourceCodeLocation?.startTag?.endOffset ??
    document.childNodes[0]?.sourceCodeLocation?.endOffset ??
    0
  );
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name)?.value;
}
