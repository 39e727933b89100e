import { z } from "zod";
import { DATE_EXPECTED, describeDateLimit, parseDateTime } from "./dates";
import type { KnownFields } from "../mistakes/field-names";

/** The expectation shown to editors for each field, after "(" in every error line. */
export const EXPECTED = {
  title: "text, e.g. title: Cloud Native London, October 2018",
  description: "one line of text",
  text: "text",
  date: DATE_EXPECTED,
  time: "a time such as 18:30, optionally with an offset like 18:30+01:00",
  boolean: "true or false",
  tags: "a list of tags, or tags separated by spaces",
  url: "an http(s) URL",
  media: "an http(s) or protocol-relative (//host/...) URL",
  image: "a path under public/ such as /images/photo.jpg, or an https URL",
  paths: "a site path such as /old-url/, or a list of them",
  list: "a list of short Markdown strings",
  speakers: "a list of speakers, each with at least a name",
  sponsors: "a list of sponsor names from data/sponsors.yml, or { name, url, logo, level }",
  online: "true, false or the https URL of the stream",
  event: "the meetup: a date, and optionally start, end, venue, address, online and rsvp",
  nextMeetup: "the next meetup: a date, and optionally title, speakers, rsvp and venue",
} as const;

/** Text, trimmed; a number is read as its text. */
export const text = (expected: string = EXPECTED.text) =>
  z.union([z.string(), z.number().transform(String)], { error: () => expected }).transform((value) => value.trim());

/** Text that is not empty once trimmed; a number is read as its text. */
export const requiredText = (expected: string) => text(expected).pipe(z.string().min(1, { error: "is empty" }));

const url = (expected: string, pattern: RegExp) =>
  z.string({ error: expected }).trim().regex(pattern, { error: "is not an accepted URL" });

const httpUrl = url(EXPECTED.url, /^https?:\/\/[^\s"'<>]+$/i);
const mediaUrl = url(EXPECTED.media, /^(https?:)?\/\/[^\s"'<>]+$/i);
/** A site path or an https URL of an image; "images/x.jpg" is read as "/images/x.jpg". */
export const imageRef = z
  .string({ error: EXPECTED.image })
  .trim()
  // https only: an http image is blocked on an https page or loads in the clear; "//host" and "/\host" are
  // another host's, whatever the page's scheme.
  .regex(/^(\/(?![\\/])[^"'<>]*|https:\/\/[^\s"'<>]+|images\/[^"'<>]+)$/i, {
    error: "is neither a site path nor an https URL",
  })
  // Jekyll themes accepted "images/x.jpg" relative to the site root; pages need the root-relative path.
  .transform((value) => (/^images\//i.test(value) ? `/${value}` : value));

/** A date or date and time, read in the site's time zone (lib/content/dates.ts). */
export const dateField = (expected: string = EXPECTED.date) =>
  z.string({ error: expected }).transform((value, context) => {
    const date = parseDateTime(value);
    const why = describeDateLimit(value);
    if (!date)
      context.addIssue({ code: "custom", message: `"${value}" is not a date${why ? `: ${why}` : ""}`, input: value });
    return date ?? new Date(Number.NaN);
  });

const time = z
  .union([z.string(), z.number()], { error: EXPECTED.time })
  // YAML 1.1 reads an unquoted 18:30 as a sexagesimal number (1110); turn it back into a time.
  .transform((value) =>
    typeof value === "number" ? `${Math.floor(value / 60)}:${String(value % 60).padStart(2, "0")}` : value,
  )
  .pipe(z.string().regex(/^\d{1,2}:\d{2}(:\d{2})?\s*(Z|[+-]\d{2}(:?\d{2})?)?$/, { error: "is not a time" }));

const tags = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]), { error: EXPECTED.tags })], {
    error: EXPECTED.tags,
  })
  .transform((value) =>
    (Array.isArray(value) ? value.map(String) : String(value).split(/\s+/))
      .map((tag) => tag.trim())
      .filter((tag) => tag.length > 0),
  );

/** One site path or a list of them, e.g. redirect_from. */
export const pathList = z
  .union([z.string(), z.array(z.string())], { error: EXPECTED.paths })
  .transform((value) => (Array.isArray(value) ? value : [value]).map((path) => path.trim()));

const link = z.union([httpUrl, z.object({ label: requiredText(EXPECTED.text), url: httpUrl })]);

export const speakerSchema = z.object({
  name: requiredText("the speaker's name"),
  org: text().optional(),
  role: text().optional(),
  photo: imageRef.optional(),
  talk: text().optional(),
  takeaways: z.array(text(EXPECTED.list), { error: EXPECTED.list }).default([]),
  slides: mediaUrl.optional(),
  video: mediaUrl.optional(),
  links: z.array(link, { error: "a list of URLs or { label, url }" }).default([]),
});

export const inlineSponsorSchema = z.object({
  name: requiredText("the sponsor's name"),
  url: httpUrl.optional(),
  logo: imageRef.optional(),
  level: text().optional(),
});

export const eventSchema = z.object(
  {
    date: dateField(),
    start: time.optional(),
    end: time.optional(),
    venue: text().optional(),
    address: text().optional(),
    online: z.union([z.boolean(), httpUrl], { error: EXPECTED.online }).optional(),
    rsvp: httpUrl.optional(),
  },
  { error: EXPECTED.event },
);

export const nextMeetupSchema = z.object(
  {
    date: dateField(),
    title: text().optional(),
    speakers: z.array(text(), { error: "a list of names or organisations" }).default([]),
    rsvp: httpUrl.optional(),
    venue: text().optional(),
  },
  { error: EXPECTED.nextMeetup },
);

/** Every front-matter field a post may carry; the Post type is inferred from it. */
export const frontMatterSchema = z.object({
  title: requiredText(EXPECTED.title),
  description: text(EXPECTED.description).optional(),
  image: imageRef.optional(),
  hide_image: z.boolean({ error: EXPECTED.boolean }).default(false),
  tags: tags.default([]),
  // Jekyll's categories: not shown, kept for the old URL when legacyPermalinks has :categories.
  categories: tags.default([]),
  category: text().optional(),
  location: text().optional(),
  video: mediaUrl.optional(),
  slides: mediaUrl.optional(),
  twitter_moment: httpUrl.optional(),
  redirect_from: pathList.default([]),
  redirect_to: httpUrl.optional(),
  published: z.boolean({ error: EXPECTED.boolean }).default(true),
  date: dateField().optional(),
  layout: z.unknown().optional(),
  event: eventSchema.optional(),
  speakers: z.array(speakerSchema, { error: EXPECTED.speakers }).default([]),
  sponsors: z.array(z.union([z.string().trim().min(1), inlineSponsorSchema]), { error: EXPECTED.sponsors }).default([]),
  next_meetup: nextMeetupSchema.optional(),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type Speaker = z.output<typeof speakerSchema>;
export type InlineSponsor = z.output<typeof inlineSponsorSchema>;

/** Field names the schema knows; anything else in front matter is reported as a warning. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set(Object.keys(frontMatterSchema.shape));

/** Every field name a post knows, with those of its event, next meetup, speakers and inline sponsors. */
export const POST_FIELDS: KnownFields = {
  names: KNOWN_FIELDS,
  nested: Object.fromEntries(
    Object.entries({
      event: eventSchema,
      next_meetup: nextMeetupSchema,
      speakers: speakerSchema,
      sponsors: inlineSponsorSchema,
    }).map(([field, schema]) => [field, new Set(Object.keys(schema.shape))]),
  ),
};
