import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { stringify } from "yaml";
import { formatProblem } from "../lib/content/content-error";
import { readPostFile } from "../lib/content/post-file";
import { parseYamlList } from "../lib/data/yaml-list";
import { renderHtml } from "../lib/markdown/pipeline";
import { isEmbedHost } from "../lib/markdown/sanitize-schema";

// Pieces an attacker or a careless paste brings: markup, script URLs, YAML and Markdown syntax, controls.
const PIECES = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload="alert(1)"><script>1</script></svg>',
  '<video src="https://evil.example/v.mp4" poster="//evil.example/p.jpg"></video>',
  "<!-- -->",
  "]]>",
  "&#7;",
  "\u0007",
  "{{ site.baseurl }}",
  "[x](//evil.example)",
  "![x](http://evil.example/a.jpg)",
  "---",
  "- ",
  "> ",
  "    ",
  "*_`",
  ": ",
  "&a [*a, *a]",
  "\n",
];
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...PIECES));
const markup = fc.array(text, { maxLength: 30 }).map((parts) => parts.join(""));
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.boolean(),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("name", "photo", "url", "logo", "date", "label", "links"), tie("node"), {
      maxKeys: 4,
    }),
  ),
})).node;
const FIELDS = ["title", "description", "image", "tags", "speakers", "sponsors", "redirect_from", "date", "event"];
const frontMatter = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), value, {
  maxKeys: 6,
});

// What a published body may never hold: a script, an event handler, a script URL, a frame of another host.
function findScript(tree: Root): string | undefined {
  let found: string | undefined;
  visit(tree, "element", (node: Element) => {
    if (["script", "svg", "object", "embed", "math", "style"].includes(node.tagName)) found ??= `<${node.tagName}>`;
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found ??= `${node.tagName} ${name}`;
      if (/^\s*(javascript|vbscript|data:text)/i.test(String(value)))
        found ??= `${node.tagName} ${name}=${String(value)}`;
    }
    const src = String(node.properties.src ?? "");
    if (node.tagName === "iframe" && !src.startsWith("/") && !isEmbedHost(new URL(src).hostname)) found ??= src;
    if ((node.tagName === "video" || node.tagName === "audio") && /^(https?:)?\/\//i.test(src)) found ??= src;
  });
  return found;
}

function assertEditorMessages(lines: readonly string[]): void {
  for (const line of lines) {
    assert.match(line, /^[^:]+:\d+: [^\n]*$/s, "one line: file:line: field: what is wrong (expected)");
    assert.doesNotMatch(line, /\n\s+at /, "no stack trace");
  }
}

describe("fuzz: random front matter, bodies and data files are refused or rendered safely", () => {
  it("a post of random front matter and body: problems are editor lines, and what publishes runs no script", async () => {
    await fc.assert(
      fc.asyncProperty(frontMatter, markup, async (fields, body) => {
        const source = `---\n${stringify({ title: "Fuzz", ...fields })}---\n\n${body}\n`;
        const { post, problems } = readPostFile("posts/2020-01-01-fuzz.md", source);
        assertEditorMessages(problems.map(formatProblem));
        if (post) assert.equal(findScript(post.body), undefined, renderHtml(post.body));
      }),
      { numRuns: 40, timeout: 5000, seed: 24 },
    );
  });

  it("a data file of random YAML text: problems are editor lines at a line of the file", async () => {
    const yaml = fc.oneof(
      fc.array(value, { maxLength: 6 }).map((entries) => stringify(entries)),
      fc.array(text, { maxLength: 30 }).map((parts) => parts.join("")),
    );
    await fc.assert(
      fc.asyncProperty(yaml, async (source) => {
        const list = parseYamlList("data/fuzz.yml", source, { field: "file", yaml: "YAML", list: "a list" });
        assertEditorMessages(list.problems.map(formatProblem));
      }),
      { numRuns: 40, timeout: 5000, seed: 24 },
    );
  });
});
