import path from "node:path";
import { PUBLIC_FILE_TYPES } from "./file-types";

// Who owns a path: `build` writes it and nothing else may be there; a `route` of app/ serves its pages, and a
// redirect may keep an old path there; `public` files may be there, never a page or a redirect page.
type Owner = "build" | "route" | "public";

// A folder (ending in /) owns everything below it. `page`: always served.
type OwnedPath = { path: string; owner: Owner; what: string; page?: true };

/** Every path the site owns, which slugs, permalinks, redirects and public/ are checked against (a test compares app/). */
export const OWNED_PATHS: readonly OwnedPath[] = [
  { path: "/", owner: "route", what: "the home page", page: true },
  { path: "/page/", owner: "route", what: "the home page's pagination" },
  { path: "/posts/", owner: "route", what: "the posts' pages" },
  { path: "/tags/", owner: "route", what: "the tag pages", page: true },
  { path: "/archive/", owner: "route", what: "the archive", page: true },
  { path: "/search/", owner: "route", what: "the search page", page: true },
  { path: "/events/", owner: "route", what: "the meetups and their calendars", page: true },
  { path: "/speakers/", owner: "route", what: "the speakers' pages", page: true },
  { path: "/sponsors/", owner: "route", what: "the sponsors page", page: true },
  { path: "/events.ics", owner: "build", what: "the meetups' calendar", page: true },
  { path: "/feed.xml", owner: "build", what: "the site's feed" },
  { path: "/sitemap.xml", owner: "build", what: "the sitemap" },
  { path: "/robots.txt", owner: "build", what: "the robots file" },
  { path: "/icon.svg", owner: "build", what: "the site's icon" },
  { path: "/js/", owner: "build", what: "the site's scripts" },
  { path: "/og/", owner: "build", what: "the social cards" },
  { path: "/pagefind/", owner: "build", what: "the search index" },
  { path: "/404.html", owner: "build", what: "the not-found page" },
  { path: "/_headers", owner: "build", what: "the host's headers file" },
  { path: "/_redirects", owner: "build", what: "the host's redirects file" },
  { path: "/_next/", owner: "build", what: "Next's own output" },
  { path: "/_not-found/", owner: "build", what: "Next's own output" },
  { path: "/404/", owner: "build", what: "Next's own output" },
  { path: "/images/", owner: "public", what: "the photos of public/, served under the file policy" },
  { path: "/favicon.ico", owner: "public", what: "the icon browsers ask for" },
  { path: "/apple-touch-icon.png", owner: "public", what: "the icon phones ask for" },
  { path: "/.well-known/", owner: "public", what: "the host's and the domain's own files" },
];

// The file types the site publishes or writes: .jpg, .ico, .xml, .ics...
const FILE_TYPES = [...Object.keys(PUBLIC_FILE_TYPES), ".xml", ".js", ".css", ".txt", ".webmanifest"];

/** What may want a path: a page of the site (a post, a page, a tag, a speaker), a redirect, or a file of public/. */
export type PathUse = "page" | "redirect" | "public file";

const CLAIMS: Record<PathUse, readonly Owner[]> = {
  page: ["build", "route", "public"],
  redirect: ["build", "public"],
  "public file": ["build"],
};

/**
 * What of the site's own stands at `sitePath` that a `use` may not take ("/feed.xml, the site's feed"), or undefined;
 * without letter case, as a case-insensitive file system would. A page may not be a folder named like a file either.
 */
export function findOwnedPath(sitePath: string, use: PathUse): string | undefined {
  const lower = sitePath.toLowerCase();
  const owned = OWNED_PATHS.find(
    (entry) =>
      CLAIMS[use].includes(entry.owner) &&
      entry.path !== "/" &&
      (lower === entry.path || lower.startsWith(entry.path.endsWith("/") ? entry.path : `${entry.path}/`)),
  );
  if (owned) return `${owned.path}, ${owned.what}`;
  return use === "page" ? findFileLikeSegment(lower) : undefined;
}

/** The segment of a page's path named like a file ("feed.xml" in /tags/feed.xml/), which hosts treat as one, with why. */
export function findFileLikeSegment(sitePath: string): string | undefined {
  const named = sitePath.split("/").find((segment) => FILE_TYPES.includes(path.posix.extname(segment).toLowerCase()));
  return named ? `${named}, a name of a file and not of a page` : undefined;
}

/** The paths of OWNED_PATHS that the site serves whatever its content: its fixed pages and files. */
export function fixedSitePaths(): string[] {
  return OWNED_PATHS.filter((entry) => entry.page).map((entry) => entry.path);
}

/** The files the build always writes at the top of the export, besides pages. */
export function fixedBuildFiles(): string[] {
  return OWNED_PATHS.filter((entry) => entry.owner === "build" && !entry.path.endsWith("/")).map((entry) => entry.path);
}
