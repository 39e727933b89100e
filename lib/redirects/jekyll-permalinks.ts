import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { site } from "../site";

/** A post as Jekyll's permalink placeholders see it. */
export type PermalinkPost = {
  date: Date;
  /** The slug as the file name spells it, capitals kept (Jekyll's :title). */
  nameSlug: string;
  categories?: readonly string[];
  category?: string;
};

// Jekyll's built-in styles (jekyllrb.com/docs/permalinks/#built-in-formats).
const STYLES: Record<string, string> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

// Date placeholders as date-fns tokens, read on the calendar of the site's time zone.
const DATE_TOKENS: Record<string, string> = {
  year: "yyyy",
  month: "MM",
  i_month: "M",
  day: "dd",
  i_day: "d",
  y_day: "DDD",
  short_year: "yy",
  hour: "HH",
  minute: "mm",
  second: "ss",
  week: "II",
  w_year: "RRRR",
  w_day: "i",
  short_day: "EEE",
  long_day: "EEEE",
  short_month: "MMM",
  long_month: "MMMM",
};

/** The URL Jekyll gave a post under a `permalink` setting ("pretty", "/:categories/:title/", ...), case kept. */
export function expandPostPermalink(setting: string | true, post: PermalinkPost): string {
  const local = new TZDate(post.date.getTime(), site.timeZone);
  const categories = [...(post.categories ?? []), ...(post.category ? [post.category] : [])];
  const values: Record<string, string> = {
    title: slugify(post.nameSlug, true),
    slug: slugify(post.nameSlug, false),
    categories: [...new Set(categories.map((category) => category.toLowerCase()))].join("/"),
    slugified_categories: [...new Set(categories.map((category) => slugify(category, false)))].join("/"),
    output_ext: ".html",
  };
  const style = setting === true ? "pretty" : setting.trim();
  const url = (STYLES[style] ?? style).replace(/:([a-z_]+)/g, (placeholder, name: string) => {
    // Like Jekyll, ":title_" reads as ":title" followed by "_" when there is no ":title_".
    for (const key of name.endsWith("_") ? [name, name.slice(0, -1)] : [name]) {
      const rest = name.slice(key.length);
      if (key in values) return `${values[key]}${rest}`;
      const token = DATE_TOKENS[key];
      if (token) return `${format(local, token)}${rest}`;
    }
    return placeholder;
  });
  return sanitiseUrl(url);
}

/** The URL Jekyll gave a page at `relativePath` ("about.md") under the site's `permalink` setting. */
export function expandPagePermalink(setting: string, relativePath: string): string {
  const { dir: folder, base, name } = path.posix.parse(relativePath);
  if (!/\.(md|markdown|mkd|mkdn|mdown|html?)$/i.test(base)) return sanitiseUrl(`/${folder}/${base}`);
  if (name === "index") return sanitiseUrl(`/${folder}/`);
  const pattern = STYLES[setting.trim()] ?? setting.trim();
  const suffix = pattern.endsWith("/") ? "/" : pattern.endsWith(":output_ext") ? ".html" : "";
  return sanitiseUrl(`/${folder}/${name}${suffix}`);
}

// Jekyll's Utils.slugify: "pretty" mode keeping case for :title, "default" mode (lower case) for :slug.
function slugify(value: string, pretty: boolean): string {
  const unsafe = pretty ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu;
  const slug = value.replace(unsafe, "-").replace(/^-+|-+$/g, "");
  return pretty ? slug : slug.toLowerCase();
}

// Jekyll's URL#sanitize_url: one leading slash, no empty segments where a placeholder was blank.
function sanitiseUrl(url: string): string {
  return `/${url.replace(/\/{2,}/g, "/").replace(/^\/+/, "")}`.replace(/\/\.+\//g, "/");
}
