/**
 * Site settings: the one place a meetup edits to make this site its own.
 * Nothing here is copied anywhere else; every page, feed and script asks this module.
 */
import { env } from "./env";

/** Where the site is served below the host root, e.g. "/cloud-native-london" on a GitHub project page. */
const basePath = normaliseBasePath(env.basePath);

/**
 * The meetup's name, in titles, feeds, descriptions and calendars. SITE_NAME overrides it for a build, so that
 * a test can prove no page says the name anywhere the settings do not put it (e2e/basepath/site-name.spec.ts).
 */
const name = env.siteName ?? "Cloud Native London";

/** The meetup's places elsewhere. */
const links = {
  meetup: "https://www.meetup.com/Cloud-Native-London/",
  youtube: "https://www.youtube.com/@CloudNativeLondon",
  slack: "https://slack.cncf.io/",
  sponsor: "mailto:sponsors@cloudnative.london",
  /** Where the "Become a sponsor" tile on /sponsors/ leads: the sponsor page (content/pages/sponsor.md). */
  sponsorPage: "/sponsor/",
} as const;

export const site = {
  name,
  shortName: "CNL",
  url: (env.siteUrl ?? "https://cloudnative.london").replace(/\/+$/, ""),
  basePath,
  description:
    "A monthly meetup for everyone building with containers, Kubernetes and cloud native tools in London: talks, writeups, photos and the next meetup.",
  /** The home page's first screen: what the meetup is, how often, where, what it costs and how to join. */
  intro: {
    headline: "London's meetup for people building cloud native",
    summary:
      "Talks from people running Kubernetes and cloud native tools in production, then food, drink and conversation. Everyone is welcome, first-timers most of all.",
    facts: [
      { label: "How often", value: "Monthly" },
      { label: "Where", value: "Central London" },
      { label: "Cost", value: "Free" },
    ],
    join: { label: "Join the group on Meetup", href: links.meetup },
  },
  /** What a meetup costs to attend, shown on every meetup block. */
  price: "Free",
  /** Posts carrying this tag are meetups (writeups and announcements), with or without `event:` data. */
  meetupTag: "Meetup",
  /** A venue's map: this URL with the venue and address appended, URL-encoded. */
  mapSearchUrl: "https://www.google.com/maps/search/?api=1&query=",
  author: `${name} organisers`,
  language: "en-GB",
  timeZone: "Europe/London",
  postsPerPage: 12,
  feedSize: 20,
  /** How long a meetup lasts when its front matter gives no end time, for calendars. */
  eventMinutes: 150,
  links,
  /**
   * The header's and footer's fixed links, in `order` (lower first). Pages join them with `nav:` in their
   * front matter (content/pages/, see CONTRIBUTING.md); site paths must be pages of the site.
   */
  nav: {
    header: [
      { href: "/", label: "Posts", order: 10 },
      { href: "/events/", label: "Meetups", order: 20 },
      { href: "/speakers/", label: "Speakers", order: 30 },
      { href: "/sponsors/", label: "Sponsors", order: 40 },
      { href: "/tags/", label: "Tags", order: 50 },
      { href: "/archive/", label: "Archive", order: 60 },
    ],
    footer: [
      { href: links.meetup, label: "Meetup group", order: 10 },
      { href: links.youtube, label: "YouTube", order: 20 },
      { href: links.slack, label: "Slack", order: 30 },
    ],
  },
  /**
   * Keep each post's old Jekyll URL as a redirect to its new one: the old site's `permalink` setting from its
   * _config.yml ("pretty", "date", "/:categories/:title/", "/posts/:year-:month-:day-:title.html", ...), true
   * for "pretty", or false. LEGACY_PERMALINKS overrides it.
   */
  legacyPermalinks: readLegacyPermalinks(env.legacyPermalinks, false),
  /** Site-level redirects that belong to no post: from-path -> site path or URL. */
  redirects: {} as Record<string, string>,
} as const;

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
  if (!base) return path;
  if (path === base) return "/";
  return path.startsWith(`${base}/`) ? path.slice(base.length) : path;
}

/** A site path ("/images/a b.jpg") as a URL: base path in front, percent-encoded exactly once. */
export function sitePathUrl(path: string): string {
  const bare = withoutBasePath(path);
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    decoded = bare;
  }
  return withBasePath(encodeURI(decoded));
}
