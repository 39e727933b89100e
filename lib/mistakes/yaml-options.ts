import { isNode, type Document, type LineCounter } from "yaml";
import type { DocumentOptions, ParseOptions, SchemaOptions, ScalarTag, ToJSOptions } from "yaml";

// How the site reads YAML, in one place: plain data only, and never past TO_DATA's aliases ("billion laughs").
type Options = ParseOptions & DocumentOptions & SchemaOptions;

const TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp";
const BOOL_TAG = "tag:yaml.org,2002:bool";
// Jekyll's reader (Ruby's Psych) takes yes/no/on/off in any letter case as booleans, but y and n as text.
const PSYCH_BOOLEANS = { true: /^(?:yes|true|on)$/i, false: /^(?:no|false|off)$/i };

/** Data files (`data/*.yml`, a Jekyll site's `_config.yml`): the core schema. */
export const DATA_YAML: Options = { schema: "core", customTags: [], uniqueKeys: true, prettyErrors: false };

/** Front matter, as Jekyll read it: YAML 1.1 with Psych's booleans; dates stay text for lib/content/dates.ts. */
export const FRONT_MATTER_YAML: Options = {
  version: "1.1",
  uniqueKeys: true,
  prettyErrors: false,
  customTags: (tags) =>
    tags
      .filter((tag) => typeof tag === "string" || tag.tag !== TIMESTAMP_TAG)
      .map((tag) =>
        typeof tag !== "string" && tag.tag === BOOL_TAG && !("collection" in tag && tag.collection)
          ? ({ ...tag, test: PSYCH_BOOLEANS[tag.identify?.(true) ? "true" : "false"] } as ScalarTag)
          : tag,
      ),
};

/** Turning a parsed document into data: yaml throws a ReferenceError past this many alias expansions. */
export const TO_DATA: ToJSOptions = { maxAliasCount: 50 };

/** For a parsed data file: the line of the node at `keys`, or of its nearest parent that has one, or 1. */
export function nodeLines(document: Document, lineCounter: LineCounter) {
  const lineOf = (keys: readonly (string | number)[]): number => {
    const node = keys.length > 0 ? document.getIn(keys, true) : undefined;
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    return keys.length > 0 ? lineOf(keys.slice(0, -1)) : 1;
  };
  return lineOf;
}
