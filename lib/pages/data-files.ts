import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "../content/content-error";
import { EXPECTED, imageRef, requiredText } from "../content/post-schema";
import { missingLocalImage } from "../meetups/sponsors";
import { parseYamlList, readDataFile, validateEntries } from "../data/yaml-list";
import { env } from "../env";
import { site } from "../site";
import type { SitePage } from "./page-file";

/** A list read from a YAML file in data/, with what was wrong in it; a missing file is an empty list. */
export type DataList<T> = { file: string; exists: boolean; items: T[]; problems: ContentProblem[] };

const text = requiredText(EXPECTED.text);
const httpUrl = z
  .string({ error: EXPECTED.url })
  .trim()
  .regex(/^(https?:\/\/|mailto:)[^\s"'<>]+$/i, { error: "is not an http(s) or mailto: URL" });
const link = z.object({ label: text, url: httpUrl });

/** One organiser in data/organisers.yml. */
const organiserSchema = z.object({
  name: text,
  role: text.optional(),
  photo: imageRef.optional(),
  bio: text.optional(),
  links: z.array(link, { error: "a list of { label, url }" }).default([]),
});

/** One sponsorship tier in data/sponsor-tiers.yml. */
const sponsorTierSchema = z.object({
  name: text,
  price: text.optional(),
  summary: text.optional(),
  benefits: z.array(text, { error: "a list of short lines" }).default([]),
  contact: httpUrl.optional(),
});

const IMAGE_EXPECTED = "an image file under public/";

/** Read a YAML list of entries, validating each with `schema`; errors name file:line: [index].field. */
function readDataList<T>(relativeFile: string, schema: z.ZodType<T>, imageField?: keyof T & string): DataList<T> {
  const read = (file: string, source: string): DataList<T> => {
    const list = parseYamlList(file, source, {
      field: "file",
      yaml: "valid YAML: a list of entries",
      list: "a list of entries, each starting with `- name:`",
    });
    const items = validateEntries(list, schema, (entry, index) => {
      const missing = imageField && missingLocalImage(entry[imageField] as string | undefined);
      if (missing) list.report(list.lineOf([index, imageField]), `[${index}].${imageField}`, missing, IMAGE_EXPECTED);
      return !missing;
    });
    return { file, exists: true, items, problems: list.problems };
  };
  return readDataFile(path.resolve(relativeFile), read, (file) => ({ file, exists: false, items: [], problems: [] }));
}

/** data/organisers.yml: the people on the about page. */
export function readOrganisers() {
  return readDataList(env.organisersFile, organiserSchema, "photo");
}

/** data/sponsor-tiers.yml: what sponsoring costs and what each tier gets, on the sponsor page. */
export function readSponsorTiers() {
  return readDataList(env.sponsorTiersFile, sponsorTierSchema);
}

/** Every problem in the data files pages show, and each section a page asks for without its file or setting. */
export function checkPageData(pages: readonly SitePage[]): ContentProblem[] {
  const files: Record<string, DataList<unknown>> = {
    organisers: readOrganisers(),
    "sponsor-tiers": readSponsorTiers(),
  };
  const problems = Object.values(files).flatMap((list) => list.problems);
  for (const page of pages) {
    page.sections.forEach((section, index) => {
      const line = page.lines[`sections[${index}]`] ?? page.lines.sections ?? 1;
      const report = (message: string, expected: string, severity: ContentProblem["severity"]) =>
        problems.push({ file: page.file, line, field: `sections[${index}]`, message, expected, severity });
      if (section === "call-for-speakers" && !site.callForSpeakers)
        report(
          "shows the call for speakers, which site.yml does not set yet",
          "callForSpeakers in site.yml",
          "warning",
        );
      const list = files[section];
      if (!list || list.items.length > 0 || list.problems.length > 0) return;
      report(
        `shows ${list.file}, which ${list.exists ? "lists no one" : "does not exist"}`,
        `entries in ${list.file} (see CONTRIBUTING.md), or no "${section}" section`,
        "error",
      );
    });
  }
  return problems;
}
