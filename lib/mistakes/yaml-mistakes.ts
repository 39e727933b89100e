// The YAML mistakes editors make, in plain words with the fix: YAML's own wording names its grammar, not the slip.

/** What is known of a YAML error: its code (the library's, or CONTROL's below), wording and file line. */
export type YamlError = { code: string; message: string; line: number };

// `column`: for a line out of line with the others, the indentation it should have.
type Found = { line: number; text: string; column?: number };
type Rule = {
  codes: readonly string[];
  /** The line the mistake is on, when this rule is the one that explains the error. */
  find: (error: YamlError, lines: readonly string[]) => Found | undefined;
  describe: (found: Found, lines: readonly string[]) => { message: string; expected: string; field?: string };
};

// `key: value` on one line (in a list item too): the key, and the value as written.
const FIELD_LINE = /^\s*(?:-\s+)?([^\s#:'"[\]{},-][^:#]*?)\s*:(?:\s+(.*?))?\s*$/;
const OPENING_QUOTE = /^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?(["'])/;

/** The errors this site raises itself while reading YAML as plain data, beside the library's codes. */
export const CONTROL = { unresolvedAlias: "UNRESOLVED_ALIAS", localTag: "LOCAL_TAG", hashtag: "HASHTAG" } as const;

const RULES: Rule[] = [
  {
    codes: ["TAB_AS_INDENT"],
    find: lineWhere(() => true),
    describe: (found, lines) => ({
      // Else the nearest field above that opens a block (`tags:` with its value on the lines below).
      field:
        keyOf(found.text.trim()) ??
        keyOf(lineAbove(lines, found.line - 1, ({ text }) => !!keyOf(text) && !valueOf(text))?.text ?? ""),
      message: "is indented with a tab",
      expected: "spaces instead: two for each level, as on the lines around it",
    }),
  },
  {
    // `title: Cloud Native London: December`: YAML reads the second ": " as a field inside the value.
    codes: ["BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"],
    find: lineWhere((text) => /:\s/.test(valueOf(text) ?? "") && !/^["'[{]/.test(valueOf(text) ?? "")),
    describe: (found) => ({
      message: 'has ": " inside its value, which YAML reads as the start of another field',
      expected: `the value in double quotes: ${quoted(found.text)}`,
    }),
  },
  {
    codes: ["MISSING_CHAR"],
    find: (error, lines) =>
      /closing ["']quote/.test(error.message) ? openingLine(lines, error.line, OPENING_QUOTE) : undefined,
    describe: (found) => {
      const quote = OPENING_QUOTE.exec(found.text)?.[1] ?? '"';
      return {
        message: `opens a quote (${quote}) that is never closed`,
        expected: `a closing ${quote} at the end of the value, on the same line: ${found.text.trim()}${quote}`,
      };
    },
  },
  {
    codes: ["BAD_INDENT", "MISSING_CHAR", "UNEXPECTED_TOKEN"],
    find: (error, lines) => {
      const kind = /Flow (sequence|map)/.exec(error.message)?.[1];
      return kind ? openingLine(lines, error.line, kind === "map" ? /\{[^}]*$/ : /\[[^\]]*$/) : undefined;
    },
    describe: (found) => {
      const list = /\[[^\]]*$/.test(found.text);
      return {
        message: list ? "opens a list with [ that is never closed" : "opens a mapping with { that is never closed",
        expected: `a closing ${list ? "]" : "}"} on the same line: ${found.text.trim()}${list ? "]" : "}"}`,
      };
    },
  },
  {
    // A "- " item among key: value fields, or a field after "- " items: one list or mapping cannot be both.
    codes: ["BLOCK_AS_IMPLICIT_KEY", "BAD_INDENT"],
    find: (error, lines) => {
      const found = at(lines, error.line);
      if (!found) return undefined;
      const sibling = parentLine(lines, found.line, true);
      return sibling && isListItem(sibling.text) !== isListItem(found.text) ? found : undefined;
    },
    describe: (found, lines) => ({
      field: keyOf(parentLine(lines, found.line)?.text ?? "") ?? "front matter",
      message: isListItem(found.text)
        ? 'starts a list item ("- ") among fields written as key: value'
        : 'is a field (key: value) among list items that start with "- "',
      expected: 'one or the other: each entry of a list starts with "- ", e.g. "  - name: Ada Lovelace"',
    }),
  },
  {
    // A field indented more, or less, than the one above it.
    codes: ["BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "BAD_INDENT", "MISSING_CHAR"],
    find: (error, lines) => misaligned(lines, error.line),
    describe: (found) => ({
      message: "is not lined up with the fields around it",
      expected: `${found.column} space${found.column === 1 ? "" : "s"} before it, as the field above it has`,
    }),
  },
  {
    codes: ["MULTILINE_IMPLICIT_KEY", "MISSING_CHAR"],
    find: lineWhere((text) => /^\s*(?:-\s+)?[\w-]+:[^\s/]/.test(text)),
    describe: (found) => ({
      field: /^\s*(?:-\s+)?([\w-]+):/.exec(found.text)?.[1] ?? "front matter",
      message: "has no space after its colon",
      expected: `a space after the colon: ${found.text.trim().replace(/^((?:-\s+)?[\w-]+):/, "$1: ")}`,
    }),
  },
  {
    codes: ["MULTILINE_IMPLICIT_KEY"],
    find: lineWhere((text) => !text.includes(":")),
    describe: (found) => ({
      field: found.text.trim().split(/\s+/)[0] ?? "front matter",
      message: "has no colon, so YAML cannot tell the field from its value",
      expected: `field: value, e.g. ${found.text.trim().replace(/^(\S+)\s*/, "$1: ")}`,
    }),
  },
  {
    // @ and ` are reserved; & names an anchor, * repeats one, ! is a tag, | and > start a block of text.
    codes: ["BAD_SCALAR_START", "BAD_ALIAS", CONTROL.unresolvedAlias, CONTROL.localTag],
    find: lineWhere((text) => /^[@`&*!|>]/.test(valueOf(text) ?? "")),
    describe: (found) => ({
      message: `starts with ${(valueOf(found.text) ?? "").charAt(0)}, which YAML reads as part of its own syntax`,
      expected: `the value in double quotes: ${quoted(found.text)}`,
    }),
  },
  {
    codes: [CONTROL.hashtag],
    find: lineWhere(() => true),
    describe: (found) => ({
      message: "is empty: YAML reads everything from a # on as a comment",
      expected: `the value in double quotes: ${quoted(found.text)}`,
    }),
  },
  {
    // `title: "Cloud" Native`, `title: [Talk] Kubernetes`, `title: *Bold* news`: text after YAML's own syntax.
    codes: ["UNEXPECTED_TOKEN"],
    find: lineWhere((text) => /^["'[{|>*&!@`]/.test(valueOf(text) ?? "")),
    describe: (found) => ({
      message: /^["']/.test(valueOf(found.text) ?? "")
        ? "has more text after its closing quote"
        : `starts with ${(valueOf(found.text) ?? "").charAt(0)}, which YAML reads as part of its own syntax`,
      expected: `the whole value in quotes: ${quoted(found.text)}`,
    }),
  },
  {
    codes: ["DUPLICATE_KEY"],
    find: lineWhere(() => true),
    describe: (found, lines) => {
      const key = keyOf(found.text);
      const first = lines.findIndex(
        (text, index) => index + 1 < found.line && keyOf(text) === key && indentOf(text) === indentOf(found.text),
      );
      return {
        message: `appears twice${first >= 0 ? `: line ${first + 1} has it already` : ""}`,
        expected: `one ${key ?? "such"}: line; delete the other`,
      };
    },
  },
];

/** The plain-language message for a YAML error: the first rule of the table that explains it, or YAML's own words. */
export function describeYamlMistake(error: YamlError, lines: readonly string[]) {
  for (const rule of RULES) {
    const found = rule.codes.includes(error.code) ? rule.find(error, lines) : undefined;
    if (!found) continue;
    const { field, message, expected } = rule.describe(found, lines);
    return { line: found.line, field: field ?? keyOf(found.text) ?? "front matter", message, expected };
  }
  return {
    line: error.line,
    field: "front matter",
    message: `invalid YAML: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
    expected: "valid YAML between two --- lines",
  };
}

// The error's own line, when `test` holds for its text.
function lineWhere(test: (text: string) => boolean): Rule["find"] {
  return (error, lines) => {
    const found = at(lines, error.line);
    return found && test(found.text) ? found : undefined;
  };
}

function at(lines: readonly string[], line: number): Found | undefined {
  const text = lines[line - 1];
  return text === undefined || !text.trim() ? undefined : { line, text };
}

function keyOf(text: string): string | undefined {
  return FIELD_LINE.exec(text)?.[1];
}

function valueOf(text: string): string | undefined {
  return FIELD_LINE.exec(text)?.[2] ?? /^\s*-\s+(.*)$/.exec(text)?.[1];
}

function indentOf(text: string): number {
  return /^ */.exec(text)?.[0].length ?? 0;
}

function isListItem(text: string): boolean {
  return /^\s*-(\s|$)/.test(text);
}

// The nearest line at or above `from` that `pick` takes, or none once it says "stop".
function lineAbove(lines: readonly string[], from: number, pick: (found: Found) => boolean | "stop") {
  for (let index = Math.min(from, lines.length); index >= 1; index -= 1) {
    const found = at(lines, index);
    const verdict = found && pick(found);
    if (verdict) return verdict === "stop" ? undefined : found;
  }
  return undefined;
}

// Where a quote or a bracket was opened.
function openingLine(lines: readonly string[], line: number, pattern: RegExp): Found | undefined {
  return lineAbove(lines, line, (found) => pattern.test(found.text));
}

// The nearest line above with less indentation than `line`'s (`sibling`: the nearest with the same, if none has less).
function parentLine(lines: readonly string[], line: number, sibling = false): Found | undefined {
  const indent = indentOf(lines[line - 1] ?? "");
  return lineAbove(lines, line - 1, ({ text }) => {
    if (sibling && indentOf(text) < indent) return "stop";
    return !text.trim().startsWith("#") && (sibling ? indentOf(text) === indent : indentOf(text) < indent);
  });
}

// The first field or list item from `from` on at no open column (comments, continued text, | and > left out).
function misaligned(lines: readonly string[], from: number): Found | undefined {
  const columns = [0];
  let opens = false;
  let textBlock: number | undefined;
  for (let line = 1; line <= lines.length; line += 1) {
    const found = at(lines, line);
    const indent = indentOf(found?.text ?? "");
    if (!found || found.text.trim().startsWith("#") || (textBlock !== undefined && indent > textBlock)) continue;
    textBlock = undefined;
    if (keyOf(found.text) === undefined && !isListItem(found.text)) continue;
    if (opens && indent > (columns.at(-1) ?? 0)) columns.push(indent);
    else {
      let closed: number | undefined;
      while ((columns.at(-1) ?? 0) > indent) closed = columns.pop();
      const open = columns.at(-1) ?? 0;
      // Meant as the nearer of the block it left and the one it is in; on a tie, the deeper one.
      const column = closed !== undefined && closed - indent <= indent - open ? closed : open;
      if (open !== indent && line >= from) return { ...found, column };
    }
    const value = valueOf(found.text);
    // "- name: Ada": the item's fields line up with name, two columns in.
    if (isListItem(found.text) && keyOf(found.text)) columns.push(indent + 2);
    if (value !== undefined && /^[|>]/.test(value)) textBlock = indent;
    opens = !value;
  }
  return undefined;
}

// `title: Cloud Native: December` → `title: "Cloud Native: December"`, in whichever quotes the value allows.
function quoted(text: string): string {
  const match = /^(\s*(?:-\s+)?(?:[^\s:#'"][^:#]*?:\s+)?)(.*?)\s*$/.exec(text);
  const [prefix, value] = [match?.[1] ?? "", match?.[2] ?? text];
  if (!value.includes('"')) return `${prefix.trim() ? prefix.trimStart() : ""}"${value}"`;
  if (!value.includes("'")) return `${prefix.trimStart()}'${value}'`;
  return `${prefix.trimStart()}"${value.replace(/["\\]/g, "\\$&")}"`;
}
