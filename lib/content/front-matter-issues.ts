import type { z } from "zod";
import type { ContentProblem } from "./content-error";
import type { ParsedFile } from "./front-matter";
import { EXPECTED } from "./post-schema";
import { fieldName, isMapping, locateIssue } from "../mistakes/field-names";

/** A schema issue as an editor reads it: the field, its line, what it is and what was expected. */
export function describeIssue(file: string, parsed: ParsedFile, issue: z.core.$ZodIssue): ContentProblem {
  const { path, value } = locateIssue(issue, parsed.data);
  const field = fieldName(path) || "front matter";
  const typeError = issue.code === "invalid_type" || issue.code === "invalid_union";
  const leaf = [...path].reverse().find((key): key is string => typeof key === "string") ?? "";
  return {
    file,
    line: parsed.lineOf(path),
    field,
    message: typeError ? (value === undefined ? "is missing" : `is ${describeValue(value)}`) : issue.message,
    expected: typeError ? `${issue.message}${shapeHint(issue, value)}` : (EXPECTED_BY_FIELD[leaf] ?? EXPECTED.url),
    severity: "error",
  };
}

/** The file line of every front-matter field, keyed as errors name them: "sponsors[1]", "speakers[0].photo". */
export function fieldLines(parsed: ParsedFile): Record<string, number> {
  const lines: Record<string, number> = {};
  const walk = (value: unknown, path: (string | number)[]) => {
    if (path.length > 0) lines[fieldName(path)] = parsed.lineOf(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isMapping(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(parsed.data, []);
  return lines;
}

/** Front matter without its empty fields, at any depth (absent, as Jekyll read them); each is passed to `onEmpty`. */
export function dropEmptyFields(data: Record<string, unknown>, onEmpty: (path: (string | number)[]) => void) {
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (!isMapping(value)) return value;
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === null || item === undefined) onEmpty([...path, key]);
      else kept[key] = walk(item, [...path, key]);
    }
    return kept;
  };
  return walk(data, []) as Record<string, unknown>;
}

const EXPECTED_BY_FIELD: Record<string, string> = {
  title: EXPECTED.title,
  name: "a name",
  date: EXPECTED.date,
  start: EXPECTED.time,
  end: EXPECTED.time,
  image: EXPECTED.image,
  photo: EXPECTED.image,
  logo: EXPECTED.image,
  video: EXPECTED.media,
  slides: EXPECTED.media,
  online: EXPECTED.online,
};

// A list where a mapping belongs, or the other way round: the dashes say which is which.
function shapeHint(issue: z.core.$ZodIssue, value: unknown): string {
  if (typeof value !== "object" || value === null) return "";
  const list = Array.isArray(value);
  const wanted = issue.code === "invalid_type" ? issue.expected : undefined;
  if (wanted === "array" && !list) return '; put "- " before each entry, e.g. "  - name: Ada Lovelace"';
  if (wanted === "object" && list) return '; its fields without "- " before them';
  if (issue.code === "invalid_union") return "; text that starts with [ or { goes in double quotes";
  return "";
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  if (typeof value === "object") return "a mapping of keys";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === "number" ? "the number" : "the value"} ${String(value)}`;
}
