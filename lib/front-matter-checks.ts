import { existsSync } from "node:fs";
import type { ParsedFile } from "./front-matter";
import { publicFile } from "./images";
import type { BodyProblem } from "./markdown";
import type { FrontMatter } from "./post-schema";

/** Longer descriptions are cut off in search results, link previews and post cards. */
export const DESCRIPTION_LIMIT = 160;

/** Checks on valid front matter that the schema cannot make: files that must exist, lengths worth a warning. */
export function checkFrontMatter(data: FrontMatter, lineOf: ParsedFile["lineOf"]): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const requireFile = (path: readonly (string | number)[], field: string, value: string | undefined) => {
    if (!value || !value.startsWith("/") || value.startsWith("//")) return;
    if (existsSync(publicFile(value))) return;
    problems.push({
      line: lineOf(path),
      field,
      message: `${readable(value)} is not in public/`,
      expected: `a file at public${readable(value).split(/[?#]/)[0]}, or an https URL`,
      severity: "error",
    });
  };

  requireFile(["image"], "image", data.image);
  data.speakers.forEach((speaker, index) =>
    requireFile(["speakers", index, "photo"], `speakers[${index}].photo`, speaker.photo),
  );
  data.sponsors.forEach((sponsor, index) => {
    if (typeof sponsor !== "string") requireFile(["sponsors", index, "logo"], `sponsors[${index}].logo`, sponsor.logo);
  });

  if (data.description && data.description.length > DESCRIPTION_LIMIT) {
    problems.push({
      line: lineOf(["description"]),
      field: "description",
      message: `is ${data.description.length} characters long`,
      expected: `at most ${DESCRIPTION_LIMIT} characters: search results and link previews cut off the rest`,
      severity: "warning",
    });
  }
  return problems;
}

function readable(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
