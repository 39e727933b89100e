/**
 * Pages kept from one build for the next: a post's page and a speaker's page, the bulk of a site, are
 * taken as they were when nothing they show has changed, instead of being rendered by Next again.
 *
 * A page is found by a key: a hash of everything the site's pages read besides the posts (the code of
 * lib/, components/ and app/, the lockfile, the settings taken from the environment, content/pages/,
 * data/, and the names, sizes and times of public/'s files) and of the data that page shows,
 * taken from the same functions its components call: the post, its neighbours, related posts, meetup
 * callouts and sponsors; the speaker's profile and talks. A post is hashed whole, body included.
 * A component that comes to read something new adds it to pageInputs() below; BUILD_PAGE_REUSE=verify
 * renders every page and compares the kept ones, which pipeline/steps/page-reuse.test.ts does on real builds.
 *
 * The clock matters to these pages only through a meetup's callout, upcoming or over, which is in its data.
 *
 * Kept pages are stored in .cache/pages/ (PAGE_CACHE_DIR moves it; PAGE_CACHE=0 turns reuse off) as the
 * finished page with the site paths it links to. One folder serves every site built in the checkout (the
 * test sites, a base path), so an entry goes only once no build has used it for a week.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { getMeetupIndex, getPostSponsors, getSpeakerBySlug } from "../../lib/collection/meetup-index";
import { getNextMeetupCallout, getOwnEventCallout } from "../../lib/collection/meetup-callout";
import { getAllPostsIncludingHidden, type Post } from "../../lib/collection/posts";
import { pageReuseListFile, type PageReuseList } from "../../lib/collection/reused-pages";
import { SNAPSHOT_ENV } from "../../lib/collection/post-snapshot";
import { codeFingerprint } from "../../lib/content/post-cache";
import { getPostNeighbours, getRelatedPosts } from "../../lib/lists/post-navigation";
import { pagesDirectory } from "../../lib/pages/pages";
import { publicDirectory } from "../../lib/public-files";
import { siteFile } from "../../lib/site-root";
import { postPath, site, speakerPath } from "../../lib/site";

/** A kept page: the finished file and the site paths it links to (for the image step and the link check). */
type KeptPage = { file: string; html: string; targets: string[] };

// Settings the pages take from the environment, beyond those codeFingerprint() hashes.
const PAGE_SETTINGS_ENV = [
  "SITE_NAME",
  "LEGACY_PERMALINKS",
  "SITE_DIR",
  "POSTS_DIR",
  "PAGES_DIR",
  "SPONSORS_FILE",
  "SPONSOR_TIERS_FILE",
  "ORGANISERS_FILE",
  "BUILD_MODE",
];
const CODE_FOLDERS = ["components", "app"];
const UNUSED_DAYS = 7;

function pageCacheDirectory(): string {
  return path.resolve(process.env.PAGE_CACHE_DIR ?? path.join(".cache", "pages"));
}

/** The exported file of a site path: "/posts/x/" -> "posts/x/index.html". */
function pageFileOf(sitePath: string): string {
  return `${sitePath.slice(1)}index.html`;
}

/**
 * Decide which pages this build keeps from the last one, and write the list beside the snapshot at
 * `snapshot` for Next's workers and the post-export steps. Run once the posts are read, in that process.
 */
export function decidePageReuse(snapshot: string, mode = process.env.BUILD_PAGE_REUSE): PageReuseList {
  const enabled = process.env.PAGE_CACHE !== "0" && mode !== "off";
  const list: PageReuseList = { pages: [], verify: mode === "verify" };
  if (enabled) {
    const directory = pageCacheDirectory();
    for (const [sitePath, key] of pageKeys()) {
      list.pages.push({ sitePath, key, reused: existsSync(path.join(directory, `${key}.json`)) });
    }
  }
  writeFileSync(pageReuseListFile(snapshot), JSON.stringify(list));
  return list;
}

/** Every reusable page's site path and key, from the posts as this process has read them; `root`: the project's. */
export function pageKeys(root = process.cwd()): Map<string, string> {
  const shared = sharedInputs(root);
  const postHashes = new Map<Post, string>();
  for (const post of getAllPostsIncludingHidden()) {
    // JSON, not v8's serializer, whose bytes for equal objects differ between one read fresh and one cached.
    postHashes.set(post, createHash("sha256").update(JSON.stringify(post)).digest("hex"));
  }
  // A post inside a page's data stands for its hash, which covers all of it.
  const replacer = (_key: string, value: unknown) =>
    typeof value === "object" && value !== null && postHashes.has(value as Post)
      ? `post ${postHashes.get(value as Post)}`
      : value;
  const keyOf = (inputs: unknown) =>
    createHash("sha256").update(shared).update("\0").update(JSON.stringify(inputs, replacer)).digest("hex");
  const keys = new Map<string, string>();
  for (const [sitePath, inputs] of pageInputs()) keys.set(sitePath, keyOf(inputs));
  return keys;
}

// What each reusable page shows, as its components read it.
function* pageInputs(): Generator<[string, unknown]> {
  for (const post of getAllPostsIncludingHidden()) {
    if (post.redirect_to) continue;
    yield [
      postPath(post.slug),
      {
        post,
        neighbours: getPostNeighbours(post.slug),
        related: getRelatedPosts(post.slug),
        ownMeetup: getOwnEventCallout(post),
        nextMeetup: getNextMeetupCallout(post),
        sponsors: getPostSponsors(post),
      },
    ];
  }
  for (const speaker of getMeetupIndex().speakers) {
    yield [speakerPath(speaker.slug), getSpeakerBySlug(speaker.slug)];
  }
}

// Everything the pages read besides the posts.
function sharedInputs(root: string): string {
  const hash = createHash("sha256").update(codeFingerprint(root)).update("\0");
  const files = [
    ...CODE_FOLDERS.flatMap((folder) => listFiles(path.join(root, folder))),
    path.join(root, "next.config.ts"),
    ...listFiles(pagesDirectory()),
    ...listFiles(siteFile("data")),
    ...["SPONSORS_FILE", "SPONSOR_TIERS_FILE", "ORGANISERS_FILE"].flatMap((name) => process.env[name] ?? []),
  ];
  for (const file of files.filter((name) => existsSync(name))) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  // Photos are looked up by name and size; their content is the image cache's concern.
  const publicDir = publicDirectory();
  for (const file of listFiles(publicDir)) {
    const stats = statSync(file);
    hash.update(`${path.relative(publicDir, file)} ${stats.size} ${stats.mtimeMs}\0`);
  }
  for (const name of PAGE_SETTINGS_ENV) hash.update(`${name}=${process.env[name] ?? ""}\0`);
  hash.update(JSON.stringify(site));
  return hash.digest("hex");
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The list pipeline/read-posts.ts wrote for this build, or none outside `npm run build`. */
export function loadPageReuseList(): PageReuseList | undefined {
  const snapshot = process.env[SNAPSHOT_ENV];
  const file = snapshot && pageReuseListFile(snapshot);
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PageReuseList) : undefined;
}

/**
 * Put each kept page in its place in `siteDir`, returning the site paths they link to by file; under
 * BUILD_PAGE_REUSE=verify compare them with the pages Next has just rendered instead, and throw naming
 * every page that differs.
 */
export function restoreReusedPages(siteDir: string, list: PageReuseList): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  const differing: string[] = [];
  for (const page of list.pages.filter((entry) => entry.reused)) {
    const entry = path.join(pageCacheDirectory(), `${page.key}.json`);
    const kept = JSON.parse(readFileSync(entry, "utf8")) as KeptPage;
    const target = path.join(siteDir, kept.file);
    if (list.verify) {
      if (!existsSync(target) || readFileSync(target, "utf8") !== kept.html) differing.push(page.sitePath);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, kept.html);
    const now = new Date();
    utimesSync(entry, now, now); // Used: kept another week.
    targets.set(kept.file, kept.targets);
  }
  if (differing.length > 0)
    throw new Error(
      `${differing.length === 1 ? "1 kept page differs" : `${differing.length} kept pages differ`} from a fresh render, so their key misses an input (pipeline/steps/page-reuse.ts): ${differing.slice(0, 20).join(", ")}`,
    );
  return targets;
}

/** Keep every reusable page of the finished site in `siteDir` for the next build; drop what went unused for a week. */
export function keepPages(siteDir: string, list: PageReuseList, pageTargets: ReadonlyMap<string, readonly string[]>) {
  const directory = pageCacheDirectory();
  mkdirSync(directory, { recursive: true });
  const unusedSince = Date.now() - UNUSED_DAYS * 86_400_000;
  for (const name of readdirSync(directory)) {
    const entry = path.join(directory, name);
    if (statSync(entry).mtimeMs < unusedSince) rmSync(entry, { force: true });
  }
  for (const page of list.pages) {
    if (page.reused) continue;
    const file = pageFileOf(page.sitePath);
    const source = path.join(siteDir, file);
    const targets = pageTargets.get(file);
    if (!existsSync(source) || !targets) continue; // A page the build did not write is not kept.
    const kept: KeptPage = { file, html: readFileSync(source, "utf8"), targets: [...targets] };
    const entry = path.join(directory, `${page.key}.json`);
    writeFileSync(`${entry}.partial`, JSON.stringify(kept));
    renameSync(`${entry}.partial`, entry);
  }
}
