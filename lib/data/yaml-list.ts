import { existsSync, readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "../content/content-error";
import { shownPath } from "../public-files";
import { checkFileText } from "../content/content-limits";
import { checkFlowNesting, checkPlainData, toPlainData, YamlSyntaxError } from "../content/front-matter";
import { DATA_YAML, nodeLines } from "../mistakes/yaml-options";
import { fieldName, locateIssue } from "../mistakes/field-names";

/** What a YAML list file holds: its entries as plain data, and a way to report a problem at a field's line. */
export type YamlList = {
  /** The entries; none when the file is not valid YAML or not a list, which `problems` then says. */
  entries: unknown[];
  problems: ContentProblem[];
  /** The line of the node at `keys` ([index, field, ...]), or of its nearest parent that has one. */
  lineOf: (keys: readonly (string | number)[]) => number;
  report: (line: number, field: string, message: string, expected: string) => void;
};

/** Parse a data file as a YAML list, with front matter's limits, in linear time; `what`: what it should hold. */
export function parseYamlList(file: string, text: string, what: Record<"field" | "yaml" | "list", string>): YamlList {
  const problems: ContentProblem[] = [];
  const report = (line: number, field: string, message: string, expected: string) =>
    problems.push({ file, line, field, message, expected, severity: "error" });
  const lineCounter = new LineCounter();
  let lineOf: YamlList["lineOf"] = () => 1;
  try {
    // Refused from the text alone, before parsing: too large, a control character, nesting too deep.
    checkFileText(text, "a data file", "YAML");
    checkFlowNesting(text);
    const document = parseDocument(text, { ...DATA_YAML, lineCounter });
    lineOf = nodeLines(document, lineCounter);
    const [error] = document.errors;
    if (error) throw new YamlSyntaxError("invalid YAML", lineCounter.linePos(error.pos[0]).line);
    checkPlainData(document, (offset) => lineCounter.linePos(offset).line, text);
    const data = toPlainData(document, lineCounter) ?? [];
    if (!Array.isArray(data)) throw new YamlSyntaxError("is not a list", 1, what.list);
    return { entries: data, problems, lineOf, report };
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report(error.line, what.field, error.message, error.expected ?? what.yaml);
    return { entries: [], problems, lineOf, report };
  }
}

/** The entries of `list` that `schema` accepts and `keep` keeps; the others are reported at their fields. */
export function validateEntries<T>(list: YamlList, schema: z.ZodType<T>, keep: (entry: T, index: number) => boolean) {
  return list.entries.flatMap((entry, index) => {
    const result = schema.safeParse(entry);
    for (const issue of result.error?.issues ?? []) {
      const { path: keys, value } = locateIssue(issue, entry);
      const message = value === undefined ? "is missing" : "is not valid";
      list.report(list.lineOf([index, ...keys]), fieldName([index, ...keys]), message, issue.message);
    }
    return result.success && keep(result.data, index) ? [result.data] : [];
  });
}

const readings = new Map<string, { mtime: number; value: unknown }>();

/** `read` of a data file's text, or `missing`; once a version of the file, so that every page shares one reading. */
export function readDataFile<T>(file: string, read: (shown: string, text: string) => T, missing: (shown: string) => T) {
  if (!existsSync(file)) return missing(shownPath(file));
  const mtime = statSync(file).mtimeMs;
  const cached = readings.get(file);
  if (cached?.mtime === mtime) return cached.value as T;
  const value = read(shownPath(file), readFileSync(file, "utf8"));
  readings.set(file, { mtime, value });
  return value;
}
