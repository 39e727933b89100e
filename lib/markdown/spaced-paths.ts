import type { Image, Link, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { decodePath } from "../public-files";

// `![alt](/images/A B.png)` or `[text](/files/A B.pdf "title")`: kramdown read these; CommonMark leaves them as text.
const SPACED_LINK = /(!?)\[([^[\]\n]*)\]\((\/(?!\/)[^()\n"]*?\s[^()\n"]*?)(?:\s+"([^"\n]*)")?\s*\)/g;

/** Remark plugin: old posts' images and links to site paths with spaces, text to CommonMark, become real ones. */
export function remarkSpacedPaths() {
  return (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("](/")) return undefined;
      const replacement = splitText(node);
      if (replacement.length === 1 && replacement[0] === node) return undefined;
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}

function splitText(node: Text): (Text | Image | Link)[] {
  const parts: (Text | Image | Link)[] = [];
  let last = 0;
  for (const match of node.value.matchAll(SPACED_LINK)) {
    const [whole, bang, label = "", destination = "", title] = match;
    if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
    const url = encodeURI(decodePath(destination.trim()));
    const position = positionAt(node, match.index);
    parts.push(
      bang
        ? { type: "image", url, alt: label, title: title ?? null, position }
        : { type: "link", url, title: title ?? null, children: [{ type: "text", value: label }], position },
    );
    last = match.index + whole.length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
  return parts;
}

// Problems are reported by line, so the new node starts on the line its text was on.
function positionAt(node: Text, offset: number): Text["position"] {
  if (!node.position) return undefined;
  const line = node.position.start.line + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}
