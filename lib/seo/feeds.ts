import { generateAtomFeed } from "feedsmith";
import { absolutizeTree } from "../markdown/absolute-urls";
import { renderHtml } from "../markdown/pipeline";
import { getAllPosts, getAllTags, getPostsByTag, type Post } from "../collection/posts";
import { getPostSocialImage } from "./social-images";
import { absoluteUrl, site, tagPath } from "../site";

/** The path of the site feed, or of one tag's feed. */
export function feedPath(tagSlug?: string): string {
  return `${tagSlug ? tagPath(tagSlug) : "/"}feed.xml`;
}

/** The site's Atom feed: the newest `site.feedSize` posts. */
export function buildSiteFeed(): string {
  return buildAtomFeed({ title: site.name, subtitle: site.description, pagePath: "/", posts: getAllPosts() });
}

/** The Atom feed of one tag, or undefined for a tag no listed post carries. */
export function buildTagFeed(tagSlug: string): string | undefined {
  const tag = getAllTags().find((entry) => entry.slug === tagSlug);
  if (!tag) return undefined;
  return buildAtomFeed({
    title: `${site.name}: ${tag.name}`,
    subtitle: `Posts tagged “${tag.name}” on ${site.name}.`,
    pagePath: tagPath(tag.slug),
    posts: getPostsByTag(tag.slug),
  });
}

// A feed's title, what it is about, the page it mirrors (its path beside it) and its posts.
function buildAtomFeed(source: { title: string; subtitle: string; pagePath: string; posts: readonly Post[] }): string {
  const self = absoluteUrl(`${source.pagePath}feed.xml`);
  const posts = source.posts.slice(0, site.feedSize);
  const newest = posts[0]?.date ?? new Date(0);
  const xml = generateAtomFeed({
    id: self,
    title: { value: source.title, type: "text" },
    subtitle: { value: source.subtitle, type: "text" },
    updated: newest,
    links: [
      { href: self, rel: "self", type: "application/atom+xml" },
      { href: absoluteUrl(source.pagePath), rel: "alternate", type: "text/html" },
    ],
    authors: [{ name: site.author, uri: absoluteUrl("/") }],
    icon: absoluteUrl("/icon.svg"),
    generator: { text: site.name, uri: absoluteUrl("/") },
    entries: posts.map(buildEntry),
  });
  // feedsmith always indents, which puts white space around CDATA text inside the element; in Atom that
  // white space belongs to the title. CDATA content itself is untouched.
  return xml.replace(/>\s+<!\[CDATA\[/g, "><![CDATA[").replace(/\]\]>\s+</g, "]]><");
}

function buildEntry(post: Post) {
  const url = absoluteUrl(post.url);
  const image = getPostSocialImage(post);
  return {
    id: url,
    title: { value: post.title, type: "text" },
    links: [{ href: url, rel: "alternate", type: "text/html" }],
    published: post.date,
    updated: post.date,
    summary: { value: post.description ?? post.excerpt, type: "text" },
    content: { value: renderHtml(absolutizeTree(post.body, url)), type: "html" },
    categories: post.tags.map((tag) => ({ term: tag.name })),
    media: { thumbnails: [{ url: image.url, width: image.width, height: image.height }] },
  };
}
