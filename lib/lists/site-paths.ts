import { getMeetupIndex } from "../collection/meetup-index";
import { archiveYearPath, getArchiveYears } from "./archive";
import { countPages, pagePath } from "./pagination";
import { getContentPages, readPageCollection } from "../pages/pages";
import type { SitePage } from "../pages/page-file";
import { getAllPosts, getAllPostsIncludingHidden, getAllTags, type Post } from "../collection/posts";
import { speakerPath, tagPath } from "../site";
import { fixedSitePaths } from "../paths/owned-paths";

/** Every path the site serves a page at, without base path, slash-ended: the one list redirects and link checks ask. */
export function getSitePaths(): ReadonlySet<string> {
  // Computed once per collection: link checks and redirect pages may ask for every page they look at.
  const key = getAllPostsIncludingHidden();
  const pages = readPageCollection().pages;
  const known = memo.get(key);
  if (known?.pages === pages) return known.paths;
  const paths = new Set(fixedSitePaths());
  for (let page = 2; page <= countPages(getAllPosts().length); page += 1) paths.add(pagePath("/", page));
  // A post that moved elsewhere (redirect_to) has a redirect at its URL, not a page: see lib/redirects/redirects.ts.
  for (const post of getAllPostsIncludingHidden()) if (!post.redirect_to) paths.add(post.url);
  for (const tag of getAllTags()) {
    for (let page = 1; page <= countPages(tag.count); page += 1) paths.add(pagePath(tagPath(tag.slug), page));
  }
  const { meetups, speakers } = getMeetupIndex();
  for (const path of [...meetups.map((m) => m.icsPath), ...speakers.map((s) => speakerPath(s.slug))]) paths.add(path);
  for (const year of getArchiveYears()) paths.add(archiveYearPath(year));
  for (const page of getContentPages()) paths.add(page.permalink);
  memo.set(key, { pages, paths });
  return paths;
}

// Keyed weakly on the collection's list, so a collection that is dropped is not kept alive here.
const memo = new WeakMap<readonly Post[], { pages: readonly SitePage[]; paths: ReadonlySet<string> }>();
