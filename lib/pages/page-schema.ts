import { z } from "zod";
import { dateField, EXPECTED, pathList, requiredText, text } from "../content/post-schema";

/** Blocks built from data/ and site.yml that a page can show below its Markdown, in the order it lists them. */
export const PAGE_SECTIONS = ["organisers", "sponsor-tiers", "past-sponsors", "call-for-speakers"] as const;

/** The expectation shown to editors for each page field, after "(" in every error line. */
export const PAGE_EXPECTED = {
  permalink: "a site path such as /speak/ or /cloudnativelondon/, of letters, digits and - . _ ~",
  redirect_to: "an http(s) URL or a site path such as /speak/, or a list holding one of them",
  nav: "{ label: Speak, order: 2, menu: header or footer }",
  sections: `a list of sections: ${PAGE_SECTIONS.join(", ")}`,
  schema_type: "AboutPage, ContactPage or WebPage",
} as const;

const target = z
  .string({ error: PAGE_EXPECTED.redirect_to })
  .trim()
  .regex(/^(https?:\/\/[^\s"'<>]+|\/(?!\/)[^\s"'<>]*)$/i, { error: "is neither an http(s) URL nor a site path" });

// Jekyll's jekyll-redirect-from reads `redirect_to: [url]` as its first URL; so does this site.
const redirectTo = z
  .union(
    [target, z.array(target, { error: PAGE_EXPECTED.redirect_to }).length(1, { error: "holds more than one URL" })],
    { error: PAGE_EXPECTED.redirect_to },
  )
  .transform((value) => (Array.isArray(value) ? (value[0] ?? "") : value));

const nav = z.object(
  {
    label: requiredText(EXPECTED.text).optional(),
    order: z.number({ error: "a number; lower numbers come first" }).default(100),
    menu: z.enum(["header", "footer"], { error: "is neither header nor footer" }).default("header"),
  },
  { error: PAGE_EXPECTED.nav },
);

/** Every front-matter field a page may carry; the Page type is inferred from it. */
export const pageSchema = z.object({
  // Required on every page with content; a short link (redirect_to alone) needs none (lib/pages/page-file.ts).
  title: text(EXPECTED.title).optional(),
  description: text(EXPECTED.description).optional(),
  permalink: z.string({ error: PAGE_EXPECTED.permalink }).trim().optional(),
  redirect_from: pathList.default([]),
  redirect_to: redirectTo.optional(),
  nav: nav.optional(),
  updated: dateField().optional(),
  published: z.boolean({ error: EXPECTED.boolean }).default(true),
  sections: z
    .array(z.enum(PAGE_SECTIONS, { error: "is not a section pages know" }), { error: PAGE_EXPECTED.sections })
    .default([]),
  schema_type: z
    .enum(["AboutPage", "ContactPage", "WebPage"], { error: "is not a type pages know" })
    .default("WebPage"),
  // Jekyll's layout (page, default): accepted and ignored, as on posts.
  layout: z.unknown().optional(),
});

export type PageFrontMatter = z.output<typeof pageSchema>;
export type PageSection = (typeof PAGE_SECTIONS)[number];

/** Field names the schema knows; anything else in a page's front matter is reported as a warning. */
export const KNOWN_PAGE_FIELDS: ReadonlySet<string> = new Set(Object.keys(pageSchema.shape));
