import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isNode, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { ContentProblem } from "../content/content-error";
import { EXPECTED } from "../content/post-schema";
import { missingLocalImage } from "../meetups/sponsors";

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
  .regex(/^(\/(?!\/)[^"'<>]*|https:\/\/[^\s"'<>]+)$/i, {
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
  const lineCounter = new LineCounter();
  // The core schema: no custom tags, nothing but plain data.
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: "core" });
  const problems: ContentProblem[] = [];
  const report = (line: number, field: string, message: string, expected: string) =>
    problems.push({ file, line, field, message, expected, severity: "error" });
  const lineOf = (keys: (string | number)[]): number => {
    const node = keys.length > 0 ? document.getIn(keys, true) : undefined;
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    return keys.length > 0 ? lineOf(keys.slice(0, -1)) : 1;
  };
  const [error] = document.errors;
  if (error) {
    report(lineCounter.linePos(error.pos[0]).line, "file", "invalid YAML", "valid YAML: a list of entries");
    return { file, exists: true, items: [], problems };
  }
  const data: unknown = document.toJS({ maxAliasCount: 50 }) ?? [];
  if (!Array.isArray(data)) {
    report(1, "file", "is not a list", "a list of entries, each starting with `- name:`");
    return { file, exists: true, items: [], problems };
  }
  const items: T[] = [];
  data.forEach((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = issue.path.filter((key): key is string | number => typeof key !== "symbol");
        const value = keys.reduce<unknown>(
          (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
          entry,
        );
        const field = `[${index}]${keys.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("")}`;
        report(lineOf([index, ...keys]), field, value === undefined ? "is missing" : "is not valid", issue.message);
      }
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
  return readDataList(process.env.ORGANISERS_FILE ?? "data/organisers.yml", organiserSchema, "photo");
}

/** data/sponsor-tiers.yml: what sponsoring costs and what each tier gets, on the sponsor page. */
export function readSponsorTiers(): DataList<SponsorTier> {
  return readDataList(process.env.SPONSOR_TIERS_FILE ?? "data/sponsor-tiers.yml", sponsorTierSchema);
}
