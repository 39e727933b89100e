import type { FileProblem } from "./problems";
import { distance } from "fastest-levenshtein";

/** The field names a kind of file knows: its own, and those inside its mappings and lists of mappings. */
export type KnownFields = { names: ReadonlySet<string>; nested?: Readonly<Record<string, ReadonlySet<string>>> };

type FieldProblem = FileProblem & { meant?: string };
type Path = (string | number)[];
const FIELD_LIST = "see CONTRIBUTING.md for the fields";

/** Unknown fields: warnings, but a near miss of a known one (`meant`) is an error, as its value would vanish. */
export function checkFieldNames(
  data: Record<string, unknown>,
  known: KnownFields,
  lineOf: (path: readonly (string | number)[]) => number,
  ignoredMessage: string,
): { problems: FileProblem[]; meant: ReadonlySet<string> } {
  const unknownFields = (fields: Record<string, unknown>, names: ReadonlySet<string>, parent: Path = []) =>
    Object.keys(fields)
      .filter((key) => !names.has(key))
      .map((key): FieldProblem => {
        const path = [...parent, key];
        const meant = nearestField(key, names);
        const at = { line: lineOf(path), field: fieldName(path), severity: "error" as const };
        // `-name: Ada`: a list item without the space after its dash is a field named "-name".
        if (key.startsWith("-") && names.has(key.slice(1))) {
          const expected = `a dash, a space, then the field: - ${key.slice(1)}:`;
          return { ...at, message: 'has no space after its "-", so it is not a list item', expected };
        }
        if (!meant) return { ...at, message: ignoredMessage, expected: FIELD_LIST, severity: "warning" };
        const why = meant === key.toLowerCase() ? "field names are lower case: " : "";
        const message = `is not a field, so its value would not be shown: ${why}did you mean ${meant}?`;
        return { ...at, message, expected: `rename the line ${meant}:`, meant: fieldName([...parent, meant]) };
      });
  const problems = unknownFields(data, known.names);
  for (const [field, names] of Object.entries(known.nested ?? {})) {
    const value = data[field];
    const items: [Path, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [[field, index], item])
      : [[[field], value]];
    for (const [path, item] of items) if (isMapping(item)) problems.push(...unknownFields(item, names, path));
  }
  const meant = new Set(problems.flatMap((problem) => (problem.meant ? [problem.meant] : [])));
  return { problems: problems.map(({ meant: _meant, ...problem }) => problem), meant };
}

/** The known field a name is a near miss of, if any: "Title" → "title", "speaker" → "speakers", "sponsers" → "sponsors". */
function nearestField(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase().replace(/-/g, "_");
  let best: { field: string; score: number } | undefined;
  for (const field of known) {
    const score = distance(wanted, field);
    // One letter off for short names, two for longer ones (a swap is two): "data" for "date", "vneue" for "venue".
    if (score <= (field.length >= 5 ? 2 : 1) && (!best || score < best.score)) best = { field, score };
    if (wanted.replace(/_/g, "") === field.replace(/_/g, "")) return field;
  }
  return best?.field;
}

/** True for a YAML mapping read as data: an object, not a list or a date. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A field's path as errors name it: "speakers[0].photo". */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

/** Where a schema issue points, as a field path, and the value `data` holds there (undefined when missing). */
export function locateIssue(issue: { path: readonly PropertyKey[] }, data: unknown) {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  const value = path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], data);
  return { path, value };
}
