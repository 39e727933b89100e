import { decodePath } from "../public-files";

/**
 * The path a page is served at when its front matter gives no permalink: its path in the pages folder,
 * as a folder. `speak.md` → `/speak/`, `cloudnativelondon/index.md` → `/cloudnativelondon/`.
 */
export function defaultPermalink(relativeFile: string): string {
  const segments = relativeFile
    .replace(/\.(md|markdown)$/i, "")
    .split("/")
    .filter(Boolean);
  if (segments.at(-1) === "index") segments.pop();
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

/** The catch-all route's segments for a permalink: `/a/b/` → ["a", "b"]. */
export function permalinkSegments(permalink: string): string[] {
  return permalink.split("/").filter(Boolean);
}

/** The permalink a catch-all route's segments stand for: ["a", "b"] → `/a/b/`. */
export function segmentsPermalink(segments: readonly string[]): string {
  return segments.length === 0
    ? "/"
    : `/${segments.map((segment) => decodePath(segment, decodeURIComponent)).join("/")}/`;
}
