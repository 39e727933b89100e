import { normaliseFromPath } from "../content/path-syntax";

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

/**
 * A permalink as the site serves it (leading and trailing slash; `/cnl-slack` → `/cnl-slack/`), or
 * undefined when it cannot be a path of this site. An `.html` path is kept as it is: only a short link
 * (a page with redirect_to alone) may have one, since every page is a folder of the export.
 */
export function normalisePermalink(value: string): string | undefined {
  return normaliseFromPath(value);
}

/** The catch-all route's segments for a permalink: `/a/b/` → ["a", "b"]. */
export function permalinkSegments(permalink: string): string[] {
  return permalink.split("/").filter(Boolean);
}

/** The permalink a catch-all route's segments stand for: ["a", "b"] → `/a/b/`. */
export function segmentsPermalink(segments: readonly string[]): string {
  return segments.length === 0 ? "/" : `/${segments.map((segment) => decodeSegment(segment)).join("/")}/`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
