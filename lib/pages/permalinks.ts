/** A page's path when its front matter gives none, as a folder: `speak.md` → `/speak/`, `a/index.md` → `/a/`. */
export function defaultPermalink(relativeFile: string): string {
  const segments = relativeFile
    .replace(/\.(md|markdown)$/i, "")
    .split("/")
    .filter(Boolean);
  if (segments.at(-1) === "index") segments.pop();
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}
