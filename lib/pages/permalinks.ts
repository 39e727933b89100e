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
