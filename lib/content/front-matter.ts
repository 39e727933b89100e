import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  isNode,
  visit,
  type Document,
  type Node,
} from "yaml";
import { CONTROL, describeYamlMistake, type YamlError } from "../mistakes/yaml-mistakes";
import { FRONT_MATTER_YAML, TO_DATA } from "../mistakes/yaml-options";
import { findControlCharacter } from "../markdown/control-characters";
import { isMapping } from "../mistakes/field-names";

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

/** Thrown for front matter that is not valid YAML; `line` is the file line, `field` and `expected` as errors name them. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** What is expected instead, where plain "valid YAML" would not say it. */
    readonly expected?: string,
    /** The field the mistake is in, where the line names one. */
    readonly field = "front matter",
  ) {
    super(message);
  }
}

/** Split a post and read its front matter as Jekyll did (YAML 1.1 booleans), as plain data only (checkPlainData). */
export function parseFrontMatter(source: string): ParsedFile {
  const split = splitFrontMatter(source);
  // A blank first line, so that the YAML's line numbers are the file's.
  const yaml = `\n${split.frontMatter?.replace(/\n$/, "") ?? ""}`;
  checkFlowNesting(yaml);
  const lineCounter = new LineCounter();
  const lineAt = (offset = 0) => lineCounter.linePos(offset).line;
  const document = parseDocument(yaml, { ...FRONT_MATTER_YAML, lineCounter });
  const [error] = document.errors;
  if (error) throwMistake({ ...error, line: lineAt(error.pos[0]) }, yaml);
  checkPlainData(document, lineAt, yaml);
  checkHashtagValues(yaml.split("\n"));
  const data = toPlainData(document, lineCounter);
  if (!isMapping(data ?? {}))
    throw new YamlSyntaxError("is not made of key: value fields", lineAt(document.contents?.range?.[0]));
  return {
    data: isMapping(data) ? data : {},
    body: split.body,
    bodyLine: split.bodyLine,
    hasFrontMatter: split.frontMatter !== undefined,
    lineOf: (path) => {
      for (let depth = path.length; depth > 0; depth -= 1) {
        const node = keyOrItemAt(document, path.slice(0, depth));
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}

/** A file cut at its `---` lines: the front matter's text as written (none without `---`), and the body. */
export type SplitFile = { frontMatter: string | undefined; body: string; bodyLine: number };

/** Cut a file at its `---` lines; YamlSyntaxError for a first line naming another language, or an unclosed block. */
export function splitFrontMatter(source: string): SplitFile {
  // By hand, for the importer too: a front-matter library brings engines, one of which runs a `---js` block.
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
    frontMatter: close > 1 ? `${lines.slice(1, close).join("\n")}\n` : "",
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

/** Refuse what is not plain data (nesting, tags, aliases, control characters) before anything recurses over it. */
export function checkPlainData(document: Document, lineAt: (offset: number) => number, yaml = ""): void {
  // Without recursion and in file order, so that each alias meets the anchor it names; `yaml` words the
  // message of a slip such as `title: *Bold* news`.
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
      // `title: *Bold* news`: Markdown emphasis read as an alias of an anchor that does not exist.
      if (!target) throwMistake({ code: CONTROL.unresolvedAlias, message: "", line }, yaml);
      const start = node.range?.[0] ?? 0;
      if (target?.range && start >= target.range[0] && start < target.range[2])
        throw new YamlSyntaxError(
          `the alias *${node.source} is inside the &${node.source} it repeats, without end`,
          line,
        );
      continue;
    }
    // `title: !Important news`: a word after ! is a tag of YAML's own; !!binary and the like are refused as such.
    if (node.tag?.startsWith("!") && !node.tag.startsWith("!!"))
      throwMistake({ code: CONTROL.localTag, message: "", line }, yaml);
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

// `description: #KubeCon recap` is an empty field and a comment to YAML; "# " with a space is a comment meant as one.
function checkHashtagValues(lines: readonly string[]): void {
  const line = lines.findIndex((text) => /^\s*(?:-\s+)?[^\s#:'"][^:#]*:\s+#\S/.test(text));
  if (line !== -1) throwMistake({ code: CONTROL.hashtag, message: "", line: line + 1 }, lines.join("\n"));
}

// A field's own line is its key's (`speakers:`), not its value's, which may start on the line below.
function keyOrItemAt(document: Document, path: readonly PropertyKey[]): unknown {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1) as unknown[], true);
  const last = path.at(-1);
  if (isMap(parent)) return parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key;
  return isSeq(parent) && typeof last === "number" ? parent.items[last] : undefined;
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

function throwMistake(error: YamlError, yaml: string): never {
  const { line, field, message, expected } = describeYamlMistake(error, yaml.split("\n"));
  throw new YamlSyntaxError(message, line, expected, field);
}
