import type { Metadata } from "next";
import { feedPath } from "./feeds";
import { pagePath } from "../lists/pagination";
import type { Post } from "../collection/posts";
import { absoluteUrl, site, withBasePath } from "../site";
import { getPostSocialImage, getSiteSocialImage, type SocialImage } from "./social-images";

/** What a page tells search engines and social sites about itself. */
export type PageDescription = {
  /** Shown as "<title> | <site name>"; left out for the site's own name alone. */
  title?: string;
  description?: string;
  /** The page's own path, without base path: "/tags/meetup/". */
  path: string;
  /** Where the page is one of several: its list's first path, this page's number and the page count. */
  pagination?: { base: string; page: number; totalPages: number };
  /** A feed for this page's posts besides the site feed, e.g. a tag's. */
  feed?: { title: string; path: string };
  /** Keep the page out of search engines (the search results page). */
  noindex?: boolean;
};

const DESCRIPTION_LENGTH = 200;

/** Metadata every page shares: the site feed, the site name and the site's social image. */
export function buildSiteMetadata(): Metadata {
  return {
    metadataBase: new URL(absoluteUrl("/")),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    alternates: { types: feedTypes() },
    // Next prefixes the base path to its own icon files only; /icon.svg is a route (app/icon.svg/route.ts).
    icons: { icon: { url: withBasePath("/icon.svg"), type: "image/svg+xml" } },
    openGraph: {
      type: "website",
      siteName: site.name,
      locale: toLocale(site.language),
      images: [openGraphImage(getSiteSocialImage())],
    },
    twitter: { card: "summary_large_image", images: [getSiteSocialImage().url] },
  };
}

/** Full metadata for a page that is not a post: canonical URL, feeds, Open Graph, Twitter, prev/next. */
export function buildPageMetadata(page: PageDescription): Metadata {
  const url = absoluteUrl(page.path);
  const description = shorten(page.description ?? site.description);
  const title = page.title ?? site.name;
  const image = getSiteSocialImage();
  return {
    title: page.title ?? { absolute: site.name },
    description,
    alternates: { canonical: url, types: feedTypes(page.feed) },
    openGraph: { ...openGraphBase(title, description, url, image), type: "website" },
    twitter: twitterCard(title, description, image),
    pagination: page.pagination ? paginationLinks(page.pagination) : undefined,
    robots: page.noindex ? { index: false, follow: true } : undefined,
  };
}

/** Full metadata for a post: an article with its published time, tags and social image. */
export function buildPostMetadata(post: Post): Metadata {
  const url = absoluteUrl(post.url);
  const description = shorten(post.description ?? post.excerpt) || site.description;
  const image = getPostSocialImage(post);
  return {
    title: post.title,
    description,
    alternates: { canonical: url, types: feedTypes() },
    openGraph: {
      ...openGraphBase(post.title, description, url, image),
      type: "article",
      publishedTime: post.date.toISOString(),
      modifiedTime: post.date.toISOString(),
      authors: [site.author],
      tags: post.tags.map((tag) => tag.name),
    },
    twitter: twitterCard(post.title, description, image),
  };
}

function openGraphBase(title: string, description: string, url: string, image: SocialImage) {
  return {
    title,
    description,
    url,
    siteName: site.name,
    locale: toLocale(site.language),
    images: [openGraphImage(image)],
  };
}

function openGraphImage(image: SocialImage) {
  return { url: image.url, width: image.width, height: image.height, alt: image.alt };
}

function twitterCard(title: string, description: string, image: SocialImage): Metadata["twitter"] {
  return { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] };
}

function feedTypes(extra?: { title: string; path: string }) {
  const feeds: { url: string; title: string }[] = [{ url: absoluteUrl(feedPath()), title: site.name }];
  if (extra) feeds.push({ url: absoluteUrl(extra.path), title: extra.title });
  return { "application/atom+xml": feeds };
}

function paginationLinks({ base, page, totalPages }: NonNullable<PageDescription["pagination"]>) {
  return {
    previous: page > 1 ? absoluteUrl(pagePath(base, page - 1)) : undefined,
    next: page < totalPages ? absoluteUrl(pagePath(base, page + 1)) : undefined,
  };
}

/** Text cut at a word boundary to about 200 characters, for meta descriptions. */
export function shorten(text: string, length = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > length / 2 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,.;:–-]+$/, "")}…`;
}

function toLocale(language: string): string {
  return language.replace("-", "_");
}
