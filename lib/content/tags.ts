/** A tag as written in front matter and the URL segment it lives at. */
export type Tag = { name: string; slug: string };

/** A tag's URL slug of a-z, 0-9 and "-", a folder any static host serves; "日" is "u65e5", so scripts stay distinct. */
export function tagSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\+/g, "-plus-")
    .replace(/&/g, "-and-")
    .replace(/[^a-z0-9]/gu, (char) =>
      /[\p{L}\p{N}\p{So}]/u.test(char) ? `-u${char.codePointAt(0)?.toString(16)}-` : "-",
    )
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "tag";
}
