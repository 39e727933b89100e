import { existsSync } from "node:fs";
import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { EXIT, visit } from "unist-util-visit";
import type { ParsedFile } from "./front-matter";
import { checkImageLimits } from "../images/limits";
import { decodePath, publicFile } from "../public-files";
import { describeOverlongDescription } from "./content-limits";
import type { FileProblem } from "../mistakes/problems";
import type { FrontMatter } from "./post-schema";

/** What the schema cannot check on a valid post: files that must exist, warnings; `body` is undefined if unrendered. */
export function checkPost(data: FrontMatter, parsed: ParsedFile, body: Root | undefined): FileProblem[] {
  const problems: FileProblem[] = [];
  const { lineOf } = parsed;
  const requireFile = (path: readonly (string | number)[], field: string, value: string | undefined) => {
    if (!value || !value.startsWith("/") || value.startsWith("//")) return;
    if (existsSync(publicFile(value))) {
      const oversize = checkImageLimits(value, decodePath(value));
      if (oversize) problems.push({ line: lineOf(path), field, ...oversize, severity: "warning" });
      return;
    }
    problems.push({
      line: lineOf(path),
      field,
      message: `${decodePath(value)} is not in public/`,
      expected: `a file at public${decodePath(value).split(/[?#]/)[0]}, or an https URL`,
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

  const longDescription = describeOverlongDescription(data.description);
  if (longDescription)
    problems.push({ line: lineOf(["description"]), field: "description", ...longDescription, severity: "warning" });
  if (body && !data.redirect_to && !toString(body).trim() && !hasMedia(body)) {
    problems.push({
      line: parsed.bodyLine,
      field: "body",
      message: "is empty",
      expected: "the post in Markdown below the front matter's closing --- line",
      severity: "warning",
    });
  }
  return problems;
}

function hasMedia(body: Root): boolean {
  let found = false;
  visit(body, "element", (node) => {
    found ||= ["img", "iframe", "video"].includes(node.tagName);
    return found ? EXIT : undefined;
  });
  return found;
}
