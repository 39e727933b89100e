import { z } from "zod";

// What each setting should hold, as the check's messages say it: `site.yml:4: accent: is not valid (...)`.
const EXPECTED = {
  text: "text",
  url: "an address starting with https:// or http://",
  link: "a site path starting with / or an address starting with https://",
  email: "an email address, e.g. hello@example.org",
  timeZone: "a time zone name such as Europe/London or America/New_York",
  accent: 'a colour as "#rrggbb" in quotes, e.g. "#5b2a9e"',
  logo: "a site path of an image under public/, e.g. /images/logo.svg, or nothing for a wordmark",
  date: "a date as YYYY-MM-DD",
  count: "a whole number above 0",
  permalink: "false, true, or the old Jekyll site's permalink setting, e.g. pretty",
} as const;

const text = z.string({ error: EXPECTED.text }).trim().min(1, { error: EXPECTED.text });
const url = z.url({ protocol: /^https?$/, error: EXPECTED.url });
const link = z.union([z.string().regex(/^\/(?!\/)/), url], { error: EXPECTED.link });
const count = z.number({ error: EXPECTED.count }).int({ error: EXPECTED.count }).positive({ error: EXPECTED.count });
const timeZone = z.string({ error: EXPECTED.timeZone }).refine(isTimeZone, { error: EXPECTED.timeZone });
const pattern = (regex: RegExp, expected: string) => z.string({ error: expected }).regex(regex, { error: expected });
// Kept as written: lib/pages/call-for-speakers.ts reads it in the site's time zone, which this file also sets.
const date = pattern(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/, EXPECTED.date);

/** The settings of site.yml, the one file a meetup edits to make the site its own (docs/adopting.md). */
export const siteSettingsSchema = z.strictObject({
  name: text,
  shortName: text.optional(),
  description: text,
  url,
  language: text.default("en-GB"),
  timeZone,
  city: text.optional(),
  location: text.optional(),
  price: text.default("Free"),
  accent: pattern(/^#[0-9a-fA-F]{6}$/, EXPECTED.accent),
  logo: pattern(/^\/[^?#]+\.(svg|png|jpe?g|webp)$/i, EXPECTED.logo).optional(),
  email: z.email({ error: EXPECTED.email }).optional(),
  join: z.strictObject({ label: text, url }),
  intro: z.strictObject({
    headline: text,
    summary: text,
    chips: z.array(z.strictObject({ label: text, value: text })).default([]),
  }),
  social: z.array(z.strictObject({ label: text, url })).default([]),
  // The header's links; pages join them with `nav:` in their front matter.
  nav: z.array(z.strictObject({ label: text, href: link })).default([
    { label: "Posts", href: "/" },
    { label: "Meetups", href: "/events/" },
    { label: "Speakers", href: "/speakers/" },
    { label: "Sponsors", href: "/sponsors/" },
    { label: "Tags", href: "/tags/" },
    { label: "Archive", href: "/archive/" },
  ]),
  venue: z.strictObject({ name: text, address: text.optional() }).optional(),
  callForSpeakers: z
    .strictObject({ opens: date.optional(), closes: date.optional(), url })
    .refine(({ opens, closes }) => !opens || !closes || opens < closes, {
      path: ["closes"],
      error: "a date after callForSpeakers.opens",
    })
    .optional(),
  meetupTag: text.default("Meetup"),
  postsPerPage: count.default(12),
  feedSize: count.default(20),
  eventMinutes: count.default(150),
  legacyPermalinks: z.union([z.boolean(), text], { error: EXPECTED.permalink }).default(false),
  redirects: z.record(z.string().regex(/^\//), link, { error: EXPECTED.link }).default({}),
});

/** The settings as site.yml gives them, defaults filled in. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
