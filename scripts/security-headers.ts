/**
 * Pin every exported page's inline scripts by hash in a <meta> Content-Security-Policy (done to each page
 * by the page pass, scripts/page-pass.ts), and the post-export step that writes `_headers` (Netlify /
 * Cloudflare Pages format) with the site's security headers.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from "parse5";
import { IMAGE_HEADERS, IMAGE_PATH, pagePolicy, SECURITY_HEADERS, type Header } from "../lib/security-headers";
import { site } from "../lib/site";
import type { PostExportStep } from "./post-export";

type Node = DefaultTreeAdapterMap["node"];
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

/** The step that writes `_headers`; the page pass has given every page its policy already. */
export const securityHeadersStep: PostExportStep = {
  name: "security headers (_headers)",
  run: (siteDir) => {
    const headersFile = path.join(siteDir, "_headers");
    // Another step (or public/_headers) may have written rules already: add to them, never replace them.
    if (existsSync(headersFile)) appendFileSync(headersFile, `\n${formatHeadersFile(site.basePath)}`);
    else writeFileSync(headersFile, formatHeadersFile(site.basePath));
  },
};

/** A page with a <meta> policy, first in its <head>, allowing exactly the inline scripts it holds. */
export function pinInlineScripts(html: string, file: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true, treeAdapter });
  const hashes = new Set<string>();
  let firstScriptAt = Number.POSITIVE_INFINITY;
  for (const element of elements(document)) {
    const handler = element.attrs.find((attribute) => /^on/i.test(attribute.name));
    if (handler) throw new Error(`${file}: <${element.tagName} ${handler.name}> would be blocked by the policy`);
    if (element.tagName !== "script") continue;
    firstScriptAt = Math.min(firstScriptAt, element.sourceCodeLocation?.startOffset ?? 0);
    if (attribute(element, "src") !== undefined) continue;
    if (!JAVASCRIPT_TYPES.test(attribute(element, "type")?.trim() ?? "")) continue;
    const text = textOf(element);
    hashes.add(createHash("sha256").update(text, "utf8").digest("base64"));
  }
  const at = metaPosition(document);
  if (at > firstScriptAt) throw new Error(`${file}: a script comes before <head>, where the policy must go`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy([...hashes])}"/>`;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The `_headers` rules: security headers on every path, and a locked-down policy for image files. */
export function formatHeadersFile(basePath: string): string {
  const block = (pattern: string, headers: readonly Header[]) =>
    [pattern, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  return [
    "# Security headers: values in lib/security-headers.ts, written by scripts/security-headers.ts.",
    block(`${basePath}/*`, SECURITY_HEADERS),
    block(`${basePath}${IMAGE_PATH}*`, IMAGE_HEADERS),
    "",
  ].join("\n\n");
}

// Right after <head> (and after <meta charset>, which must stay within the first 1024 bytes).
function metaPosition(document: DefaultTreeAdapterMap["document"]): number {
  const html = document.childNodes.find((node): node is Element => "tagName" in node && node.tagName === "html");
  const head = html?.childNodes.find((node): node is Element => "tagName" in node && node.tagName === "head");
  const first = head?.childNodes.find((node): node is Element => "tagName" in node);
  if (first?.tagName === "meta" && attribute(first, "charset") !== undefined) {
    return first.sourceCodeLocation?.endOffset ?? 0;
  }
  return (
    head?.sourceCodeLocation?.startTag?.endOffset ??
    html?.sourceCodeLocation?.startTag?.endOffset ??
    document.childNodes[0]?.sourceCodeLocation?.endOffset ??
    0
  );
}

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  const children = "content" in node ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name)?.value;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
}
