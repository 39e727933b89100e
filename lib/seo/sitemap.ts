import type { MetadataRoute } from "next";
import { yearOf } from "../content/dates";
import { getContentPages } from "../pages/pages";
import { getAllPosts, getAllPostsIncludingHidden } from "../collection/posts";
import { getSitePaths } from "../lists/site-paths";
import { absoluteUrl, tagPath } from "../site";

// Pages that exist but are not worth a search engine's visit.
const UNLISTED_PATHS = new Set(["/search/"]);

/** Every page a search engine should know, with when it last changed: no drafts, no redirect pages. */
export function buildSitemap(): MetadataRoute.Sitemap {
  const lastModified = lastModifiedIndex();
  // getSitePaths has no redirect pages (a post's redirect_to included); drafts it has, in a preview build.
  const drafts = new Set(getAllPostsIncludingHidden().flatMap((post) => (post.published ? [] : [post.url])));
  return (
    [...getSitePaths()]
      // Pages only: calendar files and feeds are not pages.
      .filter((path) => path.endsWith("/") && !drafts.has(path) && !UNLISTED_PATHS.has(path))
      .sort()
      .map((path) => ({ url: absoluteUrl(path), lastModified: lastModified(path) }))
  );
}

/** robots.txt: everything may be crawled, and the sitemap is where to start. */
export function buildRobots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: absoluteUrl("/sitemap.xml") };
}

// A page changes when the newest post it shows does: a post itself, a tag's or a year's newest post,
// a page of content/pages/ when it was updated, and the newest post of all for every other page.
function lastModifiedIndex(): (path: string) => Date {
  const posts = getAllPosts();
  const newest = posts[0]?.date ?? new Date(0);
  const byPath = new Map<string, Date>();
  const setIfNewer = (key: string, date: Date) => {
    const known = byPath.get(key);
    if (!known || known < date) byPath.set(key, date);
  };
  for (const post of getAllPostsIncludingHidden()) setIfNewer(post.url, post.date);
  // A page changes when its editor says so (`updated`); without that, like any other page.
  for (const page of getContentPages()) if (page.updated) setIfNewer(page.permalink, page.updated);
  for (const post of posts) {
    for (const tag of post.tags) setIfNewer(tagPath(tag.slug), post.date);
    setIfNewer(`/archive/${yearOf(post.date)}/`, post.date);
  }
  return (path) => {
    const section = /^\/(tags|archive)\/[^/]+\//.exec(path)?.[0];
    return byPath.get(path) ?? (section ? byPath.get(section) : undefined) ?? newest;
  };
}
