import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One Atom entry as a reader sees it, read back with a real XML parser. */
export type ParsedEntry = {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  summary: string;
  content: string;
  categories: string[];
  thumbnail?: string;
};

/** An Atom feed read back with a real XML parser. */
export type ParsedFeed = {
  title: string;
  subtitle: string;
  id: string;
  updated: string;
  icon: string;
  author: string;
  links: { rel: string; href: string; type?: string }[];
  entries: ParsedEntry[];
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  textNodeName: "text",
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ["entry", "link", "category", "url", "media:thumbnail"].includes(name),
});

type Node = Record<string, unknown>;
const text = (value: unknown): string =>
  typeof value === "object" && value !== null ? String((value as Node).text ?? "") : String(value ?? "");
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);

/** Parse an Atom document, failing on XML that is not well formed. */
export function parseAtomFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const feed = (parser.parse(xml) as { feed?: Node }).feed;
  if (!feed) throw new Error("no <feed> element");
  return {
    title: text(feed.title),
    subtitle: text(feed.subtitle),
    id: text(feed.id),
    updated: text(feed.updated),
    icon: text(feed.icon),
    author: text((feed.author as Node | undefined)?.name),
    links: list(feed.link).map((link) => ({
      rel: String(link.rel),
      href: String(link.href),
      type: link.type as string,
    })),
    entries: list(feed.entry).map((entry) => ({
      id: text(entry.id),
      title: text(entry.title),
      link: String(list(entry.link)[0]?.href ?? ""),
      published: text(entry.published),
      updated: text(entry.updated),
      summary: text(entry.summary),
      content: text(entry.content),
      categories: list(entry.category).map((category) => String(category.term)),
      thumbnail: list(entry["media:thumbnail"])[0]?.url as string | undefined,
    })),
  };
}

/** Parse a sitemap into its URLs and lastmod dates, failing on XML that is not well formed. */
export function parseSitemap(xml: string): { loc: string; lastmod: string }[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`sitemap is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const urlset = (parser.parse(xml) as { urlset?: Node }).urlset;
  if (!urlset) throw new Error("no <urlset> element");
  return list(urlset.url).map((url) => ({ loc: text(url.loc), lastmod: text(url.lastmod) }));
}
