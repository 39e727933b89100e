import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "../content/content-error";
import { describeOversizedFile } from "../content/content-limits";
import { findControlCharacter } from "../markdown/control-characters";
import { checkFlowNesting, checkPlainData, toPlainData, YamlSyntaxError } from "../content/front-matter";
import { DATA_YAML } from "../content/yaml-options";

/** What a YAML list file holds: its entries as plain data, and a way to report a problem at a field's line. */
export type YamlList = {
  /** The entries; none when the file is not valid YAML or not a list, which `problems` then says. */
  entries: unknown[];
  problems: ContentProblem[];
  /** The line of the node at `keys` ([index, field, ...]), or of its nearest parent that has one. */
  lineOf: (keys: readonly (string | number)[]) => number;
  report: (line: number, field: string, message: string, expected: string) => void;
};

/**
 * Parse `text`, the file `file` (as errors show it), as a YAML list of entries, with the limits of front
 * matter (size, nesting, aliases, tags, control characters), with the options of data files
 * (lib/content/yaml-options.ts), in linear time.
 * `describe` names what the file should hold, for the problem when it does not.
 */
export function parseYamlList(
  file: string,
  text: string,
  describe: { field: string; yaml: string; list: string },
): YamlList {
  const problems: ContentProblem[] = [];
  const report = (line: number, field: string, message: string, expected: string) =>
    problems.push({ file, line, field, message, expected, severity: "error" });
  const lineCounter = new LineCounter();
  const refusal = refuseBeforeParsing(text);
  if (refusal) {
    report(refusal.line, describe.field, refusal.message, refusal.expected ?? describe.yaml);
    return { entries: [], problems, lineOf: () => 1, report };
  }
  const document = parseDocument(text, { ...DATA_YAML, lineCounter });
  const lineOf = (keys: readonly (string | number)[]): number => {
    const node = keys.length > 0 ? document.getIn(keys, true) : undefined;
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    return keys.length > 0 ? lineOf(keys.slice(0, -1)) : 1;
  };
  const list = { entries: [], problems, lineOf, report };
  const [error] = document.errors;
  if (error) {
    report(lineCounter.linePos(error.pos[0]).line, describe.field, "invalid YAML", describe.yaml);
    return list;
  }
  let data: unknown;
  try {
    checkPlainData(document, (offset) => lineCounter.linePos(offset).line, text);
    data = toPlainData(document, lineCounter) ?? [];
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report(error.line, describe.field, error.message, error.expected ?? describe.yaml);
    return list;
  }
  if (!Array.isArray(data)) {
    report(1, describe.field, "is not a list", describe.list);
    return list;
  }
  return { ...list, entries: data };
}

// What is refused from the text alone: too large, a control character, nesting too deep for the parser.
function refuseBeforeParsing(text: string): { line: number; message: string; expected?: string } | undefined {
  const oversized = describeOversizedFile(text, "a data file", "YAML");
  if (oversized) return { line: 1, ...oversized };
  const control = findControlCharacter(text);
  if (control) return { line: text.slice(0, control.offset).split("\n").length, ...control };
  try {
    checkFlowNesting(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return { line: error.line, message: error.message };
  }
  return undefined;
}

/** Report each of `issues`, a schema's verdict on entry `index` of `list`, at its field: `[2].links[0].url`. */
export function reportEntryIssues(list: YamlList, index: number, entry: unknown, issues: readonly z.core.$ZodIssue[]) {
  for (const issue of issues) {
    const keys = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    const value = keys.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], entry);
    const field = `[${index}]${keys.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("")}`;
    list.report(
      list.lineOf([index, ...keys]),
      field,
      value === undefined ? "is missing" : "is not valid",
      issue.message,
    );
  }
}
