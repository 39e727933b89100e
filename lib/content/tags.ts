/** A tag as written in front matter and the URL segment it lives at. */
export type Tag = { name: string; slug: string };

/** A tag's URL slug of a-z, 0-9 and "-", a folder any static host serves; "日" is "u65e5", so scripts stay distinct. */
export function tagSlug(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\+/g, "-plus-")
    .replace(/&/g, "-and-");
  let slug = "";
  for (const char of folded) {
    if (/[a-z0-9]/.test(char)) slug += char;
    else if (/[\p{L}\p{N}\p{So}]/u.test(char)) slug += `-u${(char.codePointAt(0) ?? 0).toString(16)}-`;
    else slug += "-";
  }
  return slug.replace(/-+/g, "-").replace(/^-|-$/g, "") || "tag";
}
