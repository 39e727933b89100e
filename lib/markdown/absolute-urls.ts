import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

// hast property names holding a URL that the sanitize schema lets through.
const URL_PROPERTIES = ["href", "src", "poster", "cite"] as const;

/** A copy of a body whose links and images are absolute against `pageUrl`, for feeds; the site's tree is untouched. */
export function absolutizeTree(tree: Root, pageUrl: string): Root {
  const copy = structuredClone(tree);
  visit(copy, "element", (node: Element) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      // Values that are not URLs pass unchanged.
      if (typeof value === "string" && value) node.properties[name] = URL.parse(value, pageUrl)?.href ?? value;
    }
    // Site-only markers mean nothing to a feed reader.
    delete node.properties.dataStandalone;
  });
  return copy;
}
