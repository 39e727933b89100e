import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, formatProblem, type ContentProblem } from "../content/content-error";
import { shownPath } from "../public-files";
import { checkMeetupData } from "../meetups/meetup-checks";
import { readPostCached } from "./post-cache";
import { readPostFile, slugOfFile, type Post } from "../content/post-file";
import { tagPath } from "../site";
import { loadPostSnapshot, savePostSnapshot } from "./post-snapshot";
import { isSymbolicLink, symbolicLinkProblem } from "../content/symbolic-links";
import type { Tag } from "../content/tags";
import { env } from "../env";

export type { Post } from "../content/post-file";

/** Every post of the site, newest first, with the problems found while reading them. */
export type PostCollection = { posts: Post[]; problems: ContentProblem[] };

// What a whole collection must pass beyond each file on its own.
const collectionChecks = [checkDuplicateSlugs, checkTagCollisions, checkMeetupData];
const cache = new Map<string, { signature: string; collection: PostCollection }>();

/** Read, validate and render every post once; the result is reused by every page of the build. */
export function readPostCollection(directory = env.postsDir): PostCollection {
  if (isSymbolicLink(directory)) return { posts: [], problems: [symbolicLinkProblem(directory)] };
  // Every page calls this, so a build checks only the folder's mtime (files added or removed);
  // under `next dev` a changed file must show up, so there the cache is keyed on each file's mtime.
  const signature = env.development
    ? listPostFiles(directory)
        .map((file) => `${file}:${statSync(file).mtimeMs}`)
        .join("|")
    : String(statSync(directory).mtimeMs);
  const cached = cache.get(directory);
  if (cached?.signature === signature) return cached.collection;

  const files = listPostFiles(directory);
  const collection = (env.development ? undefined : loadPostSnapshot(directory, files)) ?? readPostFiles(files);
  cache.set(directory, { signature, collection });
  return collection;
}

function readPostFiles(files: readonly string[]): PostCollection {
  const readings = files.map(readOneFile);
  const posts = readings.flatMap((reading) => (reading.post ? [reading.post] : []));
  posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
  const problems = readings.flatMap((reading) => reading.problems);
  for (const check of collectionChecks) problems.push(...check(posts));
  return { posts, problems };
}

/** Every post that may be published, or a ContentError; this and the lists below are shared: copy before sorting. */
export function getAllPostsIncludingHidden(): readonly Post[] {
  return indexCollection().pages;
}

/** Posts readers see in lists, feeds and the sitemap: published, and not moved elsewhere. */
export function getAllPosts(): readonly Post[] {
  return indexCollection().listed;
}

/** The post at /posts/<slug>/, if it has a page; under `next dev`, throws the errors of a post file with this slug. */
export function getPostBySlug(slug: string): Post | undefined {
  const index = indexCollection();
  const errors = index.errors.filter((problem) => slugOfFile(problem.file) === slug);
  if (errors.length > 0) throw new ContentError(errors);
  return index.bySlug.get(slug);
}

/** Every tag in use, with how many listed posts carry it, most used first. */
export function getAllTags(): readonly (Tag & { count: number })[] {
  return indexCollection().tags;
}

/** Listed posts carrying the tag with this slug, newest first. */
export function getPostsByTag(slug: string): readonly Post[] {
  return indexCollection().byTag.get(slug) ?? [];
}

/** Save the collection for the other processes of this build (Next's workers); returns the file to pass on. */
export function sharePostCollection(directory = env.postsDir): string {
  return savePostSnapshot(directory, listPostFiles(directory), readPostCollection(directory));
}

const indexes = new WeakMap<PostCollection, ReturnType<typeof buildIndex>>();

// Built once per collection, so that no page's work grows with the number of posts.
function indexCollection(): ReturnType<typeof buildIndex> {
  const collection = readPostCollection();
  const cached = indexes.get(collection);
  if (cached?.drafts === env.development) return cached;
  const index = buildIndex(collection, env.development);
  indexes.set(collection, index);
  return index;
}

function buildIndex(collection: PostCollection, drafts: boolean) {
  const errors = collection.problems.filter((problem) => problem.severity === "error");
  // A build stops at any error. `next dev` leaves the broken posts out and shows each one's errors on its own page
  // (getPostBySlug) and in the terminal, so that one slip never takes the rest of the site down while it is fixed.
  if (errors.length > 0 && !env.development) throw new ContentError(errors);
  reportProblems(collection.problems);
  const pages = collection.posts.filter((post) => post.published || drafts);
  const listed = pages.filter((post) => !post.redirect_to);
  const tagged = new Map<string, { tag: Tag; posts: Post[] }>();
  // A post that names one tag twice ("Meetup" and "meetup") is listed, and counted, once.
  for (const post of listed)
    for (const tag of new Map(post.tags.map((entry) => [entry.slug, entry])).values()) {
      if (!tagged.has(tag.slug)) tagged.set(tag.slug, { tag, posts: [] });
      tagged.get(tag.slug)?.posts.push(post);
    }
  const byTag = new Map([...tagged].map(([slug, { posts }]) => [slug, posts]));
  const tags = [...tagged.values()]
    .map(({ tag, posts }) => ({ ...tag, count: posts.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const bySlug = new Map(pages.map((post) => [post.slug, post]));
  // `errors`: under `next dev`, the errors of the posts it leaves out.
  return { drafts, pages, listed, bySlug, tags, byTag, errors };
}

function listPostFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => !name.startsWith(".") && !name.startsWith("_"))
    .sort()
    .map((name) => path.join(directory, name));
}

// Whatever goes wrong with one file is reported against that file: an editor never sees a bare stack trace.
function readOneFile(file: string): ReturnType<typeof readPostFile> {
  const shown = shownPath(file);
  // A link is never followed: it could read any file of the machine into a page.
  if (isSymbolicLink(file)) return { problems: [symbolicLinkProblem(file, shown)] };
  const refuse = (message: string, expected: string) => ({ problems: [fileProblem(shown, "file", message, expected)] });
  if (statSync(file).isDirectory())
    return refuse("is a folder, not a post", "only post files in posts/: put images and files in public/");
  try {
    return readPostCached(shown, readFileSync(file, "utf8"), readPostFile);
  } catch (error) {
    const reason =
      error instanceof RangeError ? "it nests too deeply" : error instanceof Error ? error.message : String(error);
    return refuse(`could not be read or rendered: ${reason}`, "a Markdown post with YAML front matter");
  }
}

const reported = new Set<string>();

/** Note problems a tool has printed already, so that reading the posts again does not print them twice. */
export function markProblemsReported(problems: readonly ContentProblem[]): void {
  for (const problem of problems) reported.add(formatProblem(problem));
}

/** Print each problem once per process, to stderr: warnings, and the errors `next dev` lets through. */
export function reportProblems(problems: readonly ContentProblem[]): void {
  for (const line of problems.map(formatProblem)) {
    if (!reported.has(line)) console.warn(line);
    reported.add(line);
  }
}

function checkDuplicateSlugs(posts: readonly Post[]): ContentProblem[] {
  const seen = new Map<string, Post>();
  return posts.flatMap((post) => {
    const first = seen.get(post.slug);
    seen.set(post.slug, first ?? post);
    if (!first) return [];
    const name = post.file.split("/").pop() ?? post.file;
    // Jekyll allowed one title on two dates when the date was in the URL; here both would be /posts/<slug>/.
    const renamed = name.replace(post.nameSlug, `${post.nameSlug}-${name.slice(0, 4)}`);
    const caseOnly = first.nameSlug !== post.nameSlug ? " (the names differ only in letter case)" : "";
    const expected = `one post per slug: rename one of the files, e.g. ${renamed}, and list its old URL in redirect_from`;
    return [
      fileProblem(post.file, "file name", `slug "${post.slug}" is also used by ${first.file}${caseOnly}`, expected),
    ];
  });
}

function checkTagCollisions(posts: readonly Post[]): ContentProblem[] {
  const bySlug = new Map<string, { name: string; file: string }>();
  return posts.flatMap((post) =>
    post.tags.flatMap((tag) => {
      const first = bySlug.get(tag.slug) ?? { name: tag.name, file: post.file };
      bySlug.set(tag.slug, first);
      // Tags that differ only in letter case are one tag, as readers would expect.
      if (first.name.toLowerCase() === tag.name.toLowerCase()) return [];
      const message = `tag "${tag.name}" and tag "${first.name}" (${first.file}) both become ${tagPath(tag.slug)}`;
      return [fileProblem(post.file, "tags", message, "tags whose URLs differ: rename one")];
    }),
  );
}

// A problem of a whole file, at its first line.
function fileProblem(file: string, field: string, message: string, expected: string): ContentProblem {
  return { file, line: 1, field, message, expected, severity: "error" };
}
