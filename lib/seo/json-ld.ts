import type { Post } from "../collection/posts";
import { buildEventJsonLd } from "../meetups/event-json-ld";
import { absoluteUrl, site } from "../site";
import { getPostSocialImage, getSiteSocialImage, type SocialImage } from "./social-images";

/** One schema.org node of a page's graph. */
export type JsonLdNode = { "@type": string | string[]; "@id"?: string; [property: string]: unknown };

/** The one JSON-LD document a page carries: every node of the page in a single @graph. */
export type JsonLdGraph = { "@context": "https://schema.org"; "@graph": JsonLdNode[] };

const ORGANIZATION_ID = absoluteUrl("/#organization");
const WEBSITE_ID = absoluteUrl("/#website");

const WEBSITE: JsonLdNode = {
  "@type": "WebSite",
  "@id": WEBSITE_ID,
  name: site.name,
  description: site.description,
  url: absoluteUrl("/"),
  inLanguage: site.language,
  publisher: { "@id": ORGANIZATION_ID },
  potentialAction: {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl("/search/")}?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  },
};

const ORGANIZATION: JsonLdNode = {
  "@type": "Organization",
  "@id": ORGANIZATION_ID,
  name: site.name,
  url: absoluteUrl("/"),
  logo: imageObject(getSiteSocialImage()),
  sameAs: [site.links.meetup, ...site.links.social.map((link) => link.url)],
};

/** The home page's graph: the WebSite (with its search action) and the organisation behind it. */
export function buildWebSiteGraph(): JsonLdGraph {
  return graph([WEBSITE, ORGANIZATION]);
}

/** A post's graph: BlogPosting, site and organisation, and the Event of a post about its own meetup. */
export function buildPostGraph(post: Post): JsonLdGraph {
  const url = absoluteUrl(post.url);
  const event = buildEventJsonLd(post);
  const posting: JsonLdNode = {
    "@type": "BlogPosting",
    "@id": `${url}#article`,
    headline: post.title,
    description: post.description ?? post.excerpt,
    url,
    datePublished: post.date.toISOString(),
    dateModified: post.date.toISOString(),
    author: { "@type": "Organization", name: site.author, url: absoluteUrl("/") },
    publisher: { "@id": ORGANIZATION_ID },
    image: imageObject(getPostSocialImage(post)),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    isPartOf: { "@id": WEBSITE_ID },
    keywords: post.tags.map((tag) => tag.name),
    inLanguage: site.language,
    ...(event ? { about: [{ "@id": event["@id"] }] } : {}),
  };
  return graph([posting, WEBSITE, ORGANIZATION, ...(event ? [event] : [])]);
}

/** The graph of a page that is not a post: a list (tags, archive, search results) or a page beside the posts. */
export function buildPageGraph(page: {
  title: string;
  path: string;
  description?: string;
  type?: "CollectionPage" | "SearchResultsPage" | "AboutPage" | "ContactPage" | "WebPage";
  dateModified?: Date;
}): JsonLdGraph {
  const url = absoluteUrl(page.path);
  const node: JsonLdNode = {
    "@type": page.type ?? "CollectionPage",
    "@id": url,
    name: page.title,
    url,
    description: page.description ?? site.description,
    isPartOf: { "@id": WEBSITE_ID },
    inLanguage: site.language,
  };
  if (page.type === "AboutPage") node.about = { "@id": ORGANIZATION_ID };
  if (page.dateModified) node.dateModified = page.dateModified.toISOString();
  return graph([node, WEBSITE, ORGANIZATION]);
}

/** JSON for a <script type="application/ld+json">: < > & as \u escapes, so no title ("</script>") ends the script. */
export function serializeJsonLd(value: JsonLdGraph): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.codePointAt(0)?.toString(16).padStart(4, "0")}`,
  );
}

function graph(nodes: JsonLdNode[]): JsonLdGraph {
  return { "@context": "https://schema.org", "@graph": nodes };
}

function imageObject(image: SocialImage): JsonLdNode {
  return { "@type": "ImageObject", url: image.url, width: image.width, height: image.height };
}
