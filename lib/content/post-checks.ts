import { existsSync } from "node:fs";
import type { Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import type { ParsedFile } from "./front-matter";
import { checkImageLimits } from "../images/limits";
import { decodePath, publicFile } from "../public-files";
import { describeOverlongDescription } from "./content-limits";
import type { FileProblem } from "../mistakes/problems";
import { fieldName } from "../mistakes/field-names";
import type { FrontMatter } from "./post-schema";

/** What the schema cannot check on a valid post: files that must exist, warnings; `body` is undefined if unrendered. */
export function checkPost(data: FrontMatter, parsed: ParsedFile, body: Root | undefined): FileProblem[] {
  const problems: FileProblem[] = [];
  const { lineOf } = parsed;
  const requireFile = (path: (string | number)[], value: string | undefined) => {
    if (!value || !value.startsWith("/") || value.startsWith("//")) return;
    const at = { line: lineOf(path), field: fieldName(path) };
    const shown = decodePath(value);
    const exists = existsSync(publicFile(value));
    const oversize = exists ? checkImageLimits(value, shown) : undefined;
    if (oversize) problems.push({ ...at, ...oversize, severity: "warning" });
    const expected = `a file at public${shown.split(/[?#]/)[0]}, or an https URL`;
    if (!exists) problems.push({ ...at, message: `${shown} is not in public/`, expected, severity: "error" });
  };

  requireFile(["image"], data.image);
  data.speakers.forEach((speaker, index) => requireFile(["speakers", index, "photo"], speaker.photo));
  data.sponsors.forEach((sponsor, index) => {
    if (typeof sponsor !== "string") requireFile(["sponsors", index, "logo"], sponsor.logo);
  });

  const longDescription = describeOverlongDescription(data.description);
  if (longDescription)
    problems.push({ line: lineOf(["description"]), field: "description", ...longDescription, severity: "warning" });
  if (body && !data.redirect_to && !toString(body).trim() && !hasMedia(body)) {
    const expected = "the post in Markdown below the front matter's closing --- line";
    problems.push({ line: parsed.bodyLine, field: "body", message: "is empty", expected, severity: "warning" });
  }
  return problems;
}

function hasMedia(node: Root | RootContent): boolean {
  if (node.type === "element" && ["img", "iframe", "video"].includes(node.tagName)) return true;
  return "children" in node && node.children.some(hasMedia);
}
