/**
 * The quick way to read what a page's policy depends on: parse5's HTML tokenizer alone, without building
 * the tree, for a fifth of the cost. The tokenizer needs the tree builder only to say when an element's
 * content is text rather than markup, and in a page without the elements of TREE_ONLY that depends on the
 * tag name alone (TEXT_MODES). Every element of the tree then comes from a start tag the scan sees, so a
 * handler attribute the scan does not see is not there. Anything it cannot be sure of, it leaves to the tree.
 */
import { Token, Tokenizer, TokenizerMode } from "parse5";
import { isInlineJavaScript, type PageScripts } from "./parse-page-scripts";

// Where the tree builder, not the tag name, decides how content is read: foreign content (svg, math), whose
// scripts and styles are markup; select, which ignores some tags; template; frameset; plaintext.
const TREE_ONLY = new Set(["svg", "math", "select", "template", "frameset", "plaintext"]);
// Elements whose content is text, in every insertion mode a page without TREE_ONLY elements reaches
// (noscript as parse5 reads it, with scripting on; iframe, noembed, noframes as a browser with frames does).
const TEXT_MODES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
};
// Elements that stay in <head> when they come first in it, so that <head> is where the tree has them.
const HEAD_FIRST = new Set(["meta", "title", "link", "base", "style", "script"]);

class AskTheTree extends Error {}

/** What the policy of `html` depends on, or undefined where only the tree can tell (or there is a handler). */
export function scanPageScripts(html: string): PageScripts | undefined {
  // The page must open <html><head> and put an element in it first; then that is the tree's <head>.
  let stage: "before html" | "before head" | "first in head" | "rest" = "before html";
  const found: PageScripts = { inline: [], firstScriptAt: Number.POSITIVE_INFINITY, metaAt: 0 };
  let script: { text: string; runs: boolean } | undefined;
  const text = (token: Token.CharacterToken) => {
    if (script) script.text += token.chars;
    else if (stage !== "rest") throw new AskTheTree();
  };
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag(token) {
        const name = token.tagName;
        if (TREE_ONLY.has(name) || token.attrs.some((attribute) => /^on/i.test(attribute.name))) {
          throw new AskTheTree();
        }
        const end = token.location?.endOffset ?? 0;
        if (stage === "before html" || stage === "before head") {
          if (name !== (stage === "before html" ? "html" : "head")) throw new AskTheTree();
          if (name === "head") found.metaAt = end;
          stage = name === "html" ? "before head" : "first in head";
        } else if (stage === "first in head") {
          if (!HEAD_FIRST.has(name)) throw new AskTheTree();
          if (name === "meta" && Token.getTokenAttr(token, "charset") !== null) found.metaAt = end;
          stage = "rest";
        }
        if (name === "script") {
          found.firstScriptAt = Math.min(found.firstScriptAt, token.location?.startOffset ?? 0);
          const attribute = (attributeName: string) => Token.getTokenAttr(token, attributeName) ?? undefined;
          script = { text: "", runs: isInlineJavaScript(attribute("src"), attribute("type")) };
        }
        const mode = TEXT_MODES[name];
        if (mode !== undefined) tokenizer.state = mode;
      },
      onEndTag() {
        if (stage !== "rest") throw new AskTheTree();
        // In a script's text the tokenizer ends only at </script>.
        if (script?.runs) found.inline.push(script.text);
        script = undefined;
      },
      onEof() {
        if (stage !== "rest") throw new AskTheTree();
        if (script?.runs) found.inline.push(script.text);
      },
      onCharacter: text,
      onNullCharacter: text,
      onWhitespaceCharacter: (token) => void (script ? (script.text += token.chars) : undefined),
      onComment() {},
      onDoctype() {},
    },
  );
  try {
    tokenizer.write(html, true);
  } catch (error) {
    if (error instanceof AskTheTree) return undefined;
    throw error;
  }
  return found;
}
