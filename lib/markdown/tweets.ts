import type { Element, Root } from "hast";
import { h } from "hastscript";
import { visit } from "unist-util-visit";

const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(\w{1,15})\/status(?:es)?\/(\d+)/i;

/** Rehype plugin, after sanitizing: an embedded tweet stays a quote and ends with a "View on X/Twitter" link. */
export function rehypeTweets() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties.className;
      if (node.tagName !== "blockquote" || !Array.isArray(classes) || !classes.includes("twitter-tweet")) return;
      const status = findStatusLink(node);
      if (!status) return;
      const label = `View on X/Twitter: the post by @${status.user}`;
      node.children.push(h("p.tweet-source", [h("a", { href: status.url, ariaLabel: label }, "View on X/Twitter")]));
    });
  };
}

function findStatusLink(blockquote: Element): { url: string; user: string } | undefined {
  let found: { url: string; user: string } | undefined;
  visit(blockquote, "element", (node: Element) => {
    const match = node.tagName === "a" ? STATUS_URL.exec(String(node.properties.href ?? "")) : null;
    // The last status link is the tweet itself; earlier ones may be quoted tweets.
    if (match?.[1] && match[2]) found = { url: `https://twitter.com/${match[1]}/status/${match[2]}`, user: match[1] };
  });
  return found;
}
