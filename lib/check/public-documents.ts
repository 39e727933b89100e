import escapeRegExp from "escape-string-regexp";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse, type DefaultTreeAdapterMap } from "parse5";

/** Something in a document under public/ that could run as script on the site, with its line and why. */
export type ScriptFinding = { line: number; what: string; unreadable?: true };

// Elements that run script, hold another document, or change how the page's links and policy are read.
const SCRIPT_ELEMENTS = /^(script|foreignobject|handler|listener|iframe|frame|object|embed|applet|base)$/;
// A URL or value that runs script where a browser follows it, once whitespace and control characters are out.
const SCRIPT_URL = /(java|vb)script:|data:(text\/html|application\/xhtml|image\/svg)/i;

/** Everything in an HTML file that could run as script; empty when the page is only markup. */
export function findScriptsInHtml(html: string): ScriptFinding[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  return [...htmlElements(document)].flatMap((element) =>
    judgeElement(element.tagName, element.attrs, element.sourceCodeLocation?.startLine ?? 1),
  );
}

/**
 * The same for an XML document a browser renders (SVG), read strictly. A document type with declarations
 * (entities could expand into markup) or a processing instruction (an XSLT stylesheet) is refused.
 */
export function findScriptsInXml(xml: string): ScriptFinding[] {
  const lineAt = (index: number) => (index < 0 ? 1 : xml.slice(0, index).split("\n").length);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return [{ line: valid.err.line, what: `not well-formed XML (${valid.err.msg})`, unreadable: true }];
  const doctype = /<!DOCTYPE[^>]*\[|<!ENTITY/i.exec(xml);
  if (doctype) return [{ line: lineAt(doctype.index), what: runs("a document type with declarations (entities)") }];
  const instruction = /<\?(?!xml\s)[^?]*/i.exec(xml);
  if (instruction)
    return [{ line: lineAt(instruction.index), what: runs(`a processing instruction ${instruction[0]}?>`) }];
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    htmlEntities: true,
    parseTagValue: false,
    trimValues: false,
  });
  const findings: ScriptFinding[] = [];
  // Elements come in document order: each is looked for after the one before, for its line.
  let cursor = 0;
  const visit = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Record<string, unknown>[]) {
      const name = Object.keys(node).find((key) => key !== ":@" && !key.startsWith("#") && !key.startsWith("?"));
      if (!name) continue;
      const values = (node[":@"] ?? {}) as Record<string, unknown>;
      const attributes = Object.entries(values).map(([name, value]) => ({ name, value: String(value) }));
      const start = xml.indexOf(`<${name}`, cursor);
      cursor = start < 0 ? cursor : start + 1;
      findings.push(...judgeElement(name, attributes, lineAt(start), xml.slice(Math.max(start, 0)), lineAt(start) - 1));
      visit(node[name]);
    }
  };
  visit(parser.parse(xml));
  return findings;
}

// `source` is the XML from the element's start on, to find the line of an attribute; `linesBefore` its offset.
function judgeElement(
  qualifiedName: string,
  attributes: readonly { name: string; value: string }[],
  line: number,
  source?: string,
  linesBefore = 0,
): ScriptFinding[] {
  const findings: ScriptFinding[] = [];
  const name = localName(qualifiedName);
  if (SCRIPT_ELEMENTS.test(name)) findings.push({ line, what: runs(`the element <${qualifiedName}>`) });
  for (const attribute of attributes) {
    const at = source ? linesBefore + lineOfAttribute(source, attribute.name) : line;
    const local = localName(attribute.name);
    if (local.startsWith("on")) findings.push({ line: at, what: runs(`an event handler (${attribute.name})`) });
    else if (local === "srcdoc") findings.push({ line: at, what: runs("a frame's srcdoc") });
    else if (local === "http-equiv" && attribute.value.trim().toLowerCase() === "refresh")
      findings.push({ line: at, what: "a meta refresh, which sends readers where no redirect of the site declares" });
    else if (local === "attributename" && /^on/i.test(attribute.value.trim()))
      findings.push({ line: at, what: runs(`an animation of an event handler (${attribute.value})`) });
    else if (SCRIPT_URL.test(attribute.value.replace(/[\s\u0000-\u001f]/g, "")))
      findings.push({ line: at, what: runs(`a script URL in ${attribute.name}`) });
  }
  return findings;
}

function localName(name: string): string {
  return (name.split(":").pop() ?? name).toLowerCase();
}

function lineOfAttribute(source: string, name: string): number {
  const index = source.search(new RegExp(`\\s${escapeRegExp(name)}\\s*=`));
  return Math.max(index, 0) === 0 ? 1 : source.slice(0, index + 1).split("\n").length;
}

type HtmlNode = DefaultTreeAdapterMap["node"];
type HtmlElement = DefaultTreeAdapterMap["element"];

/** Every element of a parse5 tree, template contents included, in document order. */
export function* htmlElements(node: HtmlNode): Generator<HtmlElement> {
  if ("tagName" in node) yield node;
  const children = "content" in node ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* htmlElements(child);
}

function runs(what: string): string {
  return `${what}, which would run as script on the site`;
}
