/** Site settings: site.yml in the site's root (SITE_DIR), read and validated once; every page, feed and script asks here. */
import { env } from "./env";
import { decodePath } from "./public-files";
import { formatProblem } from "./mistakes/problems";
import { readSiteSettings } from "./settings/read-site-settings";
import type { SiteSettings } from "./settings/site-schema";
import { deriveTheme } from "./settings/theme";

const settings = loadSettings();

// SITE_NAME overrides the name so that a test can prove no page says it where the settings do not put it.
const name = env.siteName ?? settings.name;

// Settings' lists in order; pages join them with `nav: { order }` between these (10, 20, ...).
const ordered = (items: readonly { label: string; href?: string; url?: string }[]) =>
  items.map((item, index) => ({ label: item.label, href: item.href ?? item.url ?? "/", order: (index + 1) * 10 }));

// site.yml's settings as given (description, timeZone, venue, postsPerPage, ...), and what derives from them.
export const site = {
  ...settings,
  name,
  // "Manchester Rust Meetup" -> "MRM": the header's name on a phone when site.yml gives no shortName.
  shortName: settings.shortName ?? (name.match(/(?<!\S)\S/g) ?? []).join("").toUpperCase(),
  url: (env.siteUrl ?? settings.url).replace(/\/+$/, ""),
  /** Where the site is served below the host root, e.g. "/cloud-native-london" on a GitHub project page. */
  basePath: normaliseBasePath(env.basePath),
  /** The home page's first screen: what the meetup is, how often, where, what it costs and how to join. */
  intro: {
    ...settings.intro,
    facts: settings.intro.chips,
    join: { label: settings.join.label, href: settings.join.url },
  },
  /** A venue's map: this URL with the venue and address appended, URL-encoded. */
  mapSearchUrl: "https://www.google.com/maps/search/?api=1&query=",
  author: `${name} organisers`,
  /** The `location:` a new post starts with. */
  location: settings.location ?? settings.city,
  /** The accent colour and those derived from it (dark mode, favicon, social cards). */
  theme: deriveTheme(settings.accent),
  links: {
    /** Where readers join the group and RSVP. */
    meetup: settings.join.url,
    /** How sponsors reach the organisers: their email, or the group. */
    sponsor: settings.email ? `mailto:${settings.email}` : settings.join.url,
    /** Where the "Become a sponsor" tile on /sponsors/ leads: the sponsor page (content/pages/sponsor.md). */
    sponsorPage: "/sponsor/",
    social: settings.social,
  },
  /** The header's and footer's fixed links; pages join them with `nav:` (content/pages/, CONTRIBUTING.md). */
  nav: { header: ordered(settings.nav), footer: ordered(settings.social) },
  /** The old Jekyll site's `permalink` setting ("pretty", "/:categories/:title/", ...), to keep old post URLs; or false. */
  legacyPermalinks: readLegacyPermalinks(env.legacyPermalinks, settings.legacyPermalinks),
};

// No entry (check, build, dev, Next's workers) can go on without the settings: the error lists every problem,
// one per line, and no stack, since editors meet it in `next dev`'s overlay, where frames would bury the lines.
function loadSettings(): SiteSettings {
  const { settings: read, problems } = readSiteSettings(env.siteDir);
  if (read) return read;
  const error = Object.assign(new Error(problems.map(formatProblem).join("\n")), { name: "SettingsError" });
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}

function readLegacyPermalinks(value: string | undefined, fallback: string | boolean): string | boolean {
  if (value === undefined || value.trim() === "") return fallback;
  return value === "false" ? false : value === "true" ? true : value.trim();
}

function normaliseBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}` : "";
}

/** The path of a post's page, without base path: the one way to build it. */
export function postPath(slug: string): string {
  return `/posts/${slug}/`;
}

/** The path of a tag's first page, without base path: the one way to build it. */
export function tagPath(slug: string): string {
  return `/tags/${slug}/`;
}

/** The path of a speaker's page, without base path. */
export function speakerPath(slug: string): string {
  return `/speakers/${slug}/`;
}

/** A site path ("/posts/x/") with the base path in front, for places Next does not prefix itself. */
export function withBasePath(path: string): string {
  return `${site.basePath}${path}`;
}

/** The absolute URL of a site path, base path included. */
export function absoluteUrl(path: string): string {
  return `${site.url}${withBasePath(path)}`;
}

/** A site path without the base path, whether or not it had one: "/cnl/images/x.jpg" -> "/images/x.jpg". */
export function withoutBasePath(path: string): string {
  const base = site.basePath;
  if (base && path === base) return "/";
  return base && path.startsWith(`${base}/`) ? path.slice(base.length) : path;
}

/** A site path ("/images/a b.jpg") as a URL: base path in front, percent-encoded exactly once. */
export function sitePathUrl(path: string): string {
  return withBasePath(encodeURI(decodePath(withoutBasePath(path))));
}
