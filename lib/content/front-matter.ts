import {
  isAlias,
  isCollection,
  isPair,
  Lexer,
  LineCounter,
  parseDocument,
  isNode,
  isScalar,
  visit,
  type Document,
  type Node,
} from "yaml";
import { FRONT_MATTER_YAML, TO_DATA } from "./yaml-options";
import { findControlCharacter } from "../markdown/control-characters";

/** A post file split into front matter and body, with a way to find the line any field sits on. */
export type ParsedFile = {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file of the body's first line. */
  bodyLine: number;
  hasFrontMatter: boolean;
  /** The file line of the field at `path`, or of its nearest parent that exists, or 1. */
  lineOf: (path: readonly PropertyKey[]) => number;
};

// The only tags front matter may write out (`!!str 2018`): those of plain data. Anything else (!!js/function,
// !!binary, !!set, !custom) is refused rather than read as text or as an object no field expects.
const DATA_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`),
);
/** How deep lists and mappings may nest in front matter: speakers[0].links[0].label is 5. */
const MAX_FRONT_MATTER_DEPTH = 16;
const MAX_ALIASES = 100;
const NESTED_TOO_DEEP = `lists and mappings nest more than ${MAX_FRONT_MATTER_DEPTH} deep`;

/** Thrown for front matter that is not valid YAML; `line` is the file line. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** What is expected instead, where plain "valid YAML" would not say it. */
    readonly expected?: string,
  ) {
    super(message);
  }
}

/**
 * Split a post into front matter and body and read the front matter as Jekyll did: YAML 1.1 (yes/no/on/off
 * booleans, timestamps), as data only. No other language, no custom tag, no duplicate key, no alias cycle.
 */
export function parseFrontMatter(source: string): ParsedFile {
  const split = splitFrontMatter(source);
  // A blank first line, so that the YAML's line numbers are the file's.
  const yaml = `\n${split.frontMatter?.replace(/\n$/, "") ?? ""}`;
  checkFlowNesting(yaml);
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { ...FRONT_MATTER_YAML, lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new YamlSyntaxError(describeYamlError(error.code, error.message), line);
  }
  checkPlainData(document, (offset) => lineCounter.linePos(offset).line);
  const data = toPlainData(document, lineCounter);
  if (data !== null && data !== undefined && !isPlainObject(data)) {
    throw new YamlSyntaxError(
      "is not made of key: value fields",
      document.contents?.range ? lineCounter.linePos(document.contents.range[0]).line : 1,
    );
  }

  return {
    data: isPlainObject(data) ? data : {},
    body: split.body,
    bodyLine: split.bodyLine,
    hasFrontMatter: split.frontMatter !== undefined,
    lineOf: (path) => {
      for (let depth = path.length; depth > 0; depth -= 1) {
        const node = document.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return 1;
    },
  };
}

/** A file cut at its `---` lines: the front matter's text as written (none without `---`), and the body. */
export type SplitFile = { frontMatter: string | undefined; body: string; bodyLine: number };

/**
 * Cut a file (BOM and CRLF removed) at its `---` lines, by hand: no front-matter library, so no engine that
 * could run a `---js` block. The one splitter of the project, the Jekyll importer's too; throws
 * YamlSyntaxError for a first line that names another language and for front matter never closed.
 */
export function splitFrontMatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const first = lines[0] ?? "";
  if (!first.startsWith("---") || first.startsWith("----")) return { frontMatter: undefined, body: text, bodyLine: 1 };
  if (!/^---[ \t]*$/.test(first)) {
    const shown = first.length > 40 ? `${first.slice(0, 40)}…` : first;
    throw new YamlSyntaxError(
      `its first line is "${shown}": front matter is YAML only, never code or another language`,
      1,
    );
  }
  const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  if (close === -1) throw new YamlSyntaxError("the front matter is never closed", 1);
  return {
    frontMatter: lines
      .slice(1, close)
      .map((line) => `${line}\n`)
      .join(""),
    body: lines.slice(close + 1).join("\n"),
    bodyLine: close + 2,
  };
}

/** Nesting past MAX_FRONT_MATTER_DEPTH in [ ] and { }: yaml recurses once a level and takes seconds on 100 kB. */
export function checkFlowNesting(yaml: string): void {
  let depth = 0;
  let line = 1;
  for (const token of new Lexer().lex(yaml)) {
    if (token === "[" || token === "{") depth += 1;
    else if (token === "]" || token === "}") depth -= 1;
    if (depth > MAX_FRONT_MATTER_DEPTH) throw new YamlSyntaxError(NESTED_TOO_DEEP, line);
    for (let index = token.indexOf("\n"); index !== -1; index = token.indexOf("\n", index + 1)) line += 1;
  }
}

/**
 * Refuse what is not plain data before anything walks the document recursively: nesting past
 * MAX_FRONT_MATTER_DEPTH, tags other than DATA_TAGS, more than MAX_ALIASES aliases and aliases inside the node
 * they name (a cycle), and text with control characters. Front matter and data files alike.
 * Walks without recursion and in file order, so that each alias meets the anchor it names.
 */
export function checkPlainData(document: Document, lineAt: (offset: number) => number): void {
  const anchors = new Map<string, Node>();
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 0 }];
  let aliases = 0;
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, depth } = next;
    if (!isNode(node)) continue;
    const line = lineAt(node.range?.[0] ?? 0);
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > MAX_ALIASES) throw new YamlSyntaxError(`uses more than ${MAX_ALIASES} aliases (*name)`, line);
      const target = anchors.get(node.source);
      const start = node.range?.[0] ?? 0;
      if (target?.range && start >= target.range[0] && start < target.range[2])
        throw new YamlSyntaxError(
          `the alias *${node.source} is inside the &${node.source} it repeats, without end`,
          line,
        );
      continue;
    }
    if (node.tag !== undefined && !DATA_TAGS.has(node.tag))
      throw new YamlSyntaxError(
        `the tag ${node.tag.replace("tag:yaml.org,2002:", "!!")} is not read: front matter is plain data`,
        line,
      );
    // An escape ("\a") writes a control character the file's own text does not show.
    const control = isScalar(node) && typeof node.value === "string" ? findControlCharacter(node.value) : undefined;
    if (control) throw new YamlSyntaxError(control.message, line, control.expected);
    if (node.anchor) anchors.set(node.anchor, node);
    if (!isCollection(node)) continue;
    if (depth >= MAX_FRONT_MATTER_DEPTH) throw new YamlSyntaxError(NESTED_TOO_DEEP, line);
    const children = node.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item]));
    for (const child of children.reverse()) stack.push({ node: child, depth: depth + 1 });
  }
}

/** The document as plain data, or a YamlSyntaxError where its aliases expand to too much. */
export function toPlainData(document: Document, lineCounter: LineCounter): unknown {
  try {
    return document.toJS(TO_DATA);
  } catch (error) {
    // yaml throws when aliases (*name) expand past the limit: a "billion laughs" file, not a post.
    if (!(error instanceof ReferenceError)) throw error;
    let offset = 0;
    visit(document, {
      Alias: (_key, node) => {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    throw new YamlSyntaxError("aliases (*name) expand to too much data", lineCounter.linePos(offset).line);
  }
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split("\n")[0] ?? message;
  if (code === "DUPLICATE_KEY") return "the same key appears twice";
  if (code === "TAB_AS_INDENT") return "a tab is used for indentation";
  return `invalid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
