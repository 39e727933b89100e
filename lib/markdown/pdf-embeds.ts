import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { SKIP, visit } from "unist-util-visit";
import { decodePath, isSitePath } from "../public-files";

/** Rehype plugin, before sanitizing: an old-style PDF embed becomes a link, with a viewer for the site's own PDFs. */
export function rehypePdfEmbeds() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (!parent || index === undefined || (node.tagName !== "object" && node.tagName !== "embed")) return undefined;
      const url = pdfUrl(node);
      if (!url) return undefined;
      const replacement = pdfBlock(url, node.position);
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}

/** True for a path on this site that names a PDF ("/files/slides.pdf"), which may be shown in a frame. */
export function isSitePdf(src: string): boolean {
  return isSitePath(src) && /\.pdf$/i.test(src.split(/[?#]/)[0] ?? "");
}

function pdfUrl(node: Element): string | undefined {
  const raw = String(node.properties.data ?? node.properties.src ?? "").trim();
  const url = raw.startsWith("//") ? `https:${raw}` : raw;
  const isPdf = String(node.properties.type ?? "").toLowerCase() === "application/pdf" || /\.pdf([?#]|$)/i.test(url);
  if (!isPdf) return undefined;
  return /^https?:\/\//i.test(url) || isSitePath(url) ? url : undefined;
}

function pdfBlock(url: string, position: Element["position"]): ElementContent[] {
  // Another host's PDF stays a link: a PDF frame cannot be sandboxed, and that host could serve anything.
  const local = isSitePdf(url);
  const name = decodePath(url.split(/[?#]/)[0]?.split("/").pop() || url, decodeURIComponent);
  const host = local ? [] : [{ type: "text" as const, value: ` (on ${new URL(url).hostname})` }];
  const link = linkParagraph({ href: url }, `Open the PDF: ${name}`, position, host);
  if (!local) return [link];
  const viewer = { ...h("iframe", { src: url, title: `PDF: ${name}`, width: "100%", height: "600" }), position };
  return [viewer, link];
}

/** A paragraph holding one link, `text` on `properties.href`, then `after`; placed where the embed was. */
export function linkParagraph(
  properties: Element["properties"],
  text: string,
  position: Element["position"],
  after: ElementContent[] = [],
): Element {
  return { ...h("p", [{ ...h("a", properties, text), position }, ...after]), position };
}
