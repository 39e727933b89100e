/** A page's path when its front matter gives none, as a folder: `speak.md` → `/speak/`, `a/index.md` → `/a/`. */
export function defaultPermalink(relativeFile: string): string {
  const folder = relativeFile.replace(/\.(md|markdown)$/i, "").replace(/(^|\/)index$/, "");
  return `/${folder}/`.replace(/\/{2,}/g, "/");
}
