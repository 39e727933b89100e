import matter from "gray-matter";
import { LineCounter, parseDocument, isNode, visit, type Document, type ScalarTag } from "yaml";

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

const TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp";
const BOOL_TAG = "tag:yaml.org,2002:bool";
// Jekyll's reader (Ruby's Psych) takes yes/no/on/off in any letter case as booleans, but y and n as text.
const PSYCH_BOOLEANS = { true: /^(?:yes|true|on)$/i, false: /^(?:no|false|off)$/i };

/** Thrown for front matter that is not valid YAML; `line` is the file line. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Split a post with gray-matter and read its YAML as Jekyll did: YAML 1.1 (yes/no/on/off booleans,
 * timestamps), with duplicate keys refused rather than silently overwritten.
 */
export function parseFrontMatter(source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const hasFrontMatter = /^---[ \t]*\n/.test(text);
  if (hasFrontMatter && !/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new YamlSyntaxError("the front matter is never closed", 1);
  }
  // gray-matter splits the file; the YAML is read here, from the untouched block, to keep line numbers.
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const lineCounter = new LineCounter();
  const rawYaml = hasFrontMatter ? (parsed.matter ?? "") : "";
  const document = parseDocument(rawYaml, {
    version: "1.1",
    uniqueKeys: true,
    lineCounter,
    prettyErrors: false,
    // Dates stay text so that one parser (lib/content/dates.ts) reads every date the same way.
    customTags: (tags) =>
      tags
        .filter((tag) => typeof tag === "string" || tag.tag !== TIMESTAMP_TAG)
        .map((tag) =>
          typeof tag !== "string" && tag.tag === BOOL_TAG && !("collection" in tag && tag.collection)
            ? ({ ...tag, test: PSYCH_BOOLEANS[tag.identify?.(true) ? "true" : "false"] } as ScalarTag)
            : tag,
        ),
  });
  const [error] = document.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new YamlSyntaxError(describeYamlError(error.code, error.message), line);
  }
  const data = toPlainData(document, lineCounter);
  if (data !== null && data !== undefined && !isPlainObject(data)) {
    throw new YamlSyntaxError(
      "is not made of key: value fields",
      document.contents?.range ? lineCounter.linePos(document.contents.range[0]).line : 1,
    );
  }
  const frontMatterLines = hasFrontMatter ? rawYaml.split("\n").length + 1 : 0;

  return {
    data: isPlainObject(data) ? data : {},
    body: parsed.content,
    bodyLine: frontMatterLines + 1,
    hasFrontMatter,
    lineOf: (path) => {
      for (let depth = path.length; depth > 0; depth -= 1) {
        const node = document.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return 1;
    },
  };
}

function toPlainData(document: Document, lineCounter: LineCounter): unknown {
  try {
    return document.toJS({ maxAliasCount: 50 });
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
