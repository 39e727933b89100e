import type { Metadata } from "next";
import { feedPath } from "./feeds";
import { pagePath } from "../lists/pagination";
import type { Post } from "../collection/posts";
import { absoluteUrl, site, withBasePath } from "../site";
import { getPostSocialImage, getSiteSocialImage } from "./social-images";

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
const LOCALE = site.language.replace("-", "_");

/** Metadata every page shares: the site feed, the site name and the site's social image. */
export function buildSiteMetadata(): Metadata {
  return {
    metadataBase: new URL(absoluteUrl("/")),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    alternates: { types: feedTypes() },
    // Next prefixes the base path to its own icon files only; /icon.svg is a route (app/icon.svg/route.ts).
    icons: { icon: { url: withBasePath("/icon.svg"), type: "image/svg+xml" } },
    openGraph: { type: "website", siteName: site.name, locale: LOCALE, images: [getSiteSocialImage()] },
    twitter: { card: "summary_large_image", images: [getSiteSocialImage().url] },
  };
}

/** Full metadata for a page that is not a post: canonical URL, feeds, Open Graph, Twitter, prev/next. */
export function buildPageMetadata(page: PageDescription): Metadata {
  const shared = sharedMetadata(page.title ?? site.name, shorten(page.description ?? site.description), page.path);
  const { base, page: number, totalPages } = page.pagination ?? { base: "/", page: 1, totalPages: 1 };
  return {
    ...shared,
    title: page.title ?? { absolute: site.name },
    alternates: { ...shared.alternates, types: feedTypes(page.feed) },
    openGraph: { ...shared.openGraph, type: "website" },
    pagination: page.pagination && {
      previous: number > 1 ? absoluteUrl(pagePath(base, number - 1)) : undefined,
      next: number < totalPages ? absoluteUrl(pagePath(base, number + 1)) : undefined,
    },
    robots: page.noindex ? { index: false, follow: true } : undefined,
  };
}

/** Full metadata for a post: an article with its published time, tags and social image. */
export function buildPostMetadata(post: Post): Metadata {
  const description = shorten(post.description ?? post.excerpt) || site.description;
  const shared = sharedMetadata(post.title, description, post.url, getPostSocialImage(post));
  return {
    ...shared,
    openGraph: {
      ...shared.openGraph,
      type: "article",
      publishedTime: post.date.toISOString(),
      modifiedTime: post.date.toISOString(),
      authors: [site.author],
      tags: post.tags.map((tag) => tag.name),
    },
  };
}

function sharedMetadata(title: string, description: string, path: string, image = getSiteSocialImage()) {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url, types: feedTypes() },
    openGraph: { title, description, url, siteName: site.name, locale: LOCALE, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  } satisfies Metadata;
}

function feedTypes(extra?: { title: string; path: string }) {
  const feeds = [{ title: site.name, path: feedPath() }, ...(extra ? [extra] : [])];
  return { "application/atom+xml": feeds.map(({ title, path }) => ({ url: absoluteUrl(path), title })) };
}

/** Text cut at a word boundary to about 200 characters, for meta descriptions. */
export function shorten(text: string, length = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > length / 2 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,.;:–-]+$/, "")}…`;
}
