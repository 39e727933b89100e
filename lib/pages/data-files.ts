import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "../content/content-error";
import { EXPECTED } from "../content/post-schema";
import { missingLocalImage } from "../meetups/sponsors";
import { parseYamlList, reportEntryIssues } from "../data/yaml-list";
import { env } from "../env";

/** A list read from a YAML file in data/, with what was wrong in it; a missing file is an empty list. */
export type DataList<T> = { file: string; exists: boolean; items: T[]; problems: ContentProblem[] };

const text = z.string({ error: EXPECTED.text }).trim().min(1, { error: "is empty" });
const httpUrl = z
  .string({ error: EXPECTED.url })
  .trim()
  .regex(/^(https?:\/\/|mailto:)[^\s"'<>]+$/i, {
    error: "is not an http(s) or mailto: URL",
  });
const image = z
  .string({ error: EXPECTED.image })
  .trim()
  .regex(/^(\/(?![\\/])[^"'<>]*|https:\/\/[^\s"'<>]+)$/i, {
    error: "is neither a site path nor an https URL",
  });
const link = z.object({ label: text, url: httpUrl });

/** One organiser in data/organisers.yml. */
export const organiserSchema = z.object({
  name: text,
  role: text.optional(),
  photo: image.optional(),
  bio: text.optional(),
  links: z.array(link, { error: "a list of { label, url }" }).default([]),
});

/** One sponsorship tier in data/sponsor-tiers.yml. */
export const sponsorTierSchema = z.object({
  name: text,
  price: text.optional(),
  summary: text.optional(),
  benefits: z.array(text, { error: "a list of short lines" }).default([]),
  contact: httpUrl.optional(),
});

export type Organiser = z.output<typeof organiserSchema>;
export type SponsorTier = z.output<typeof sponsorTierSchema>;

const cache = new Map<string, { mtime: number; list: DataList<unknown> }>();

/** Read a YAML list of entries, validating each with `schema`; errors name file:line: [index].field. */
function readDataList<T>(relativeFile: string, schema: z.ZodType<T>, imageField?: keyof T & string): DataList<T> {
  const file = path.resolve(relativeFile);
  const shown = path.relative(process.cwd(), file).split(path.sep).join("/");
  if (!existsSync(file)) return { file: shown, exists: false, items: [], problems: [] };
  const mtime = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached?.mtime === mtime) return cached.list as DataList<T>;
  const list = parseList(shown, readFileSync(file, "utf8"), schema, imageField);
  cache.set(file, { mtime, list });
  return list;
}

function parseList<T>(file: string, source: string, schema: z.ZodType<T>, imageField?: keyof T & string): DataList<T> {
  const list = parseYamlList(file, source, {
    field: "file",
    yaml: "valid YAML: a list of entries",
    list: "a list of entries, each starting with `- name:`",
  });
  const { problems, lineOf, report } = list;
  const items: T[] = [];
  list.entries.forEach((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      reportEntryIssues(list, index, entry, result.error.issues);
      return;
    }
    const photo = imageField ? (result.data[imageField] as string | undefined) : undefined;
    const missing = missingLocalImage(photo);
    if (missing)
      report(lineOf([index, imageField ?? ""]), `[${index}].${imageField}`, missing, "an image file under public/");
    else items.push(result.data);
  });
  return { file, exists: true, items, problems };
}

/** data/organisers.yml: the people on the about page. */
export function readOrganisers(): DataList<Organiser> {
  return readDataList(env.organisersFile, organiserSchema, "photo");
}

/** data/sponsor-tiers.yml: what sponsoring costs and what each tier gets, on the sponsor page. */
export function readSponsorTiers(): DataList<SponsorTier> {
  return readDataList(env.sponsorTiersFile, sponsorTierSchema);
}
