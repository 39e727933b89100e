import { tmpdir } from "node:os";
import path from "node:path";

/** Where hostile front matter would leave a file if it were ever run as code rather than read as data. */
export const EVALUATED_MARKER = path.join(tmpdir(), "cnl-content-evaluated");

/** Code that writes EVALUATED_MARKER: what an attacker's front matter would run. */
const MARKER_CODE = `require("fs").writeFileSync(require("path").join(require("os").tmpdir(), "cnl-content-evaluated"), "evaluated")`;

/** One hostile or pathological posts folder: file name to text, or `null` for a folder named like a post. */
export type PathologicalInput = { name: string; what: string; files: Record<string, string | null> };

const post = (frontMatter: string, body = "Body.") => `---\n${frontMatter}\n---\n\n${body}\n`;
const jsFrontMatter = (opening: string) => `${opening}\n{ title: (${MARKER_CODE}, "Evaluated") }\n---\n\nBody.\n`;

/**
 * Small posts that once ran code, stopped the check with a stack trace or took minutes; each must now end
 * in one clear error naming its file, fast. Shared by `npm run bench -- --scenario pathological` and tests.
 */
export const PATHOLOGICAL_INPUTS: readonly PathologicalInput[] = [
  { name: "front-matter-js", what: "---js front matter", files: { "2020-01-01-x.md": jsFrontMatter("---js") } },
  {
    name: "front-matter-javascript",
    what: "---javascript front matter",
    files: { "2020-01-01-x.md": jsFrontMatter("---javascript") },
  },
  { name: "front-matter-space-js", what: "--- js front matter", files: { "2020-01-01-x.md": jsFrontMatter("--- js") } },
  {
    name: "front-matter-js-bom-crlf",
    what: "---js with a BOM and CRLF",
    files: { "2020-01-01-x.md": `\uFEFF${jsFrontMatter("---js").replace(/\n/g, "\r\n")}` },
  },
  {
    name: "front-matter-toml",
    what: "---toml front matter",
    files: { "2020-01-01-x.md": '---toml\ntitle = "TOML"\n---\n\nBody.\n' },
  },
  {
    name: "front-matter-coffee",
    what: "---coffee front matter",
    files: { "2020-01-01-x.md": `---coffee\ntitle: (${MARKER_CODE}; "Coffee")\n---\n\nBody.\n` },
  },
  {
    name: "yaml-js-function-tag",
    what: "!!js/function tag",
    files: { "2020-01-01-x.md": post(`title: !!js/function 'function () { ${MARKER_CODE} }'`) },
  },
  { name: "yaml-custom-tag", what: "!foo tag", files: { "2020-01-01-x.md": post("title: !foo Custom") } },
  {
    name: "yaml-alias-cycle-list",
    what: "layout: &a [*a]",
    files: { "2020-01-01-x.md": post("title: Cycle\nlayout: &a [*a]") },
  },
  {
    name: "yaml-alias-cycle-map",
    what: "layout: &a {b: *a}",
    files: { "2020-01-01-x.md": post("title: Cycle\nlayout: &a {b: *a}") },
  },
  {
    name: "yaml-alias-bomb",
    what: "9^4 aliases",
    files: {
      "2020-01-01-x.md": post(
        ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]"]
          .concat(["c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]"])
          .join("\n"),
      ),
    },
  },
  {
    name: "yaml-deep-flow",
    what: "100 kB of [ in front matter",
    files: { "2020-01-01-x.md": post(`title: Deep\nlayout: ${"[".repeat(50_000)}${"]".repeat(50_000)}`) },
  },
  {
    name: "body-nested-blockquotes",
    what: "3 kB of nested >",
    files: { "2020-01-01-x.md": post("title: Quotes", `${"> ".repeat(1500)}deep`) },
  },
  {
    name: "body-nested-divs",
    what: "3,000 nested <div>",
    files: { "2020-01-01-x.md": post("title: Divs", `${"<div>".repeat(3000)}x${"</div>".repeat(3000)}`) },
  },
  {
    name: "body-nested-lists",
    what: "16 kB of - - -",
    files: { "2020-01-01-x.md": post("title: Lists", `${"- ".repeat(8192)}x`) },
  },
  {
    name: "body-nested-brackets",
    what: "100 kB of [",
    files: { "2020-01-01-x.md": post("title: Brackets", `${"[".repeat(100_000)}x`) },
  },
  {
    name: "body-nested-emphasis",
    what: "100 kB of *a **a",
    files: { "2020-01-01-x.md": post("title: Emphasis", `${"*a **a ".repeat(14_000)}`) },
  },
  {
    name: "body-flat-emphasis",
    what: "80 kB of *a*",
    files: { "2020-01-01-x.md": post("title: Flat emphasis", "*a* ".repeat(20_000)) },
  },
  {
    name: "body-nested-emphasis-pairs",
    what: "16 kB of *_ … _*",
    files: { "2020-01-01-x.md": post("title: Nested emphasis", `${"*_".repeat(4000)}x${"_*".repeat(4000)}`) },
  },
  {
    name: "body-wide-table",
    what: "a table of 30,000 columns",
    files: { "2020-01-01-x.md": post("title: Wide", `${"|a".repeat(30_000)}|\n${"|-".repeat(30_000)}|\n`) },
  },
  {
    name: "takeaway-nested-blockquotes",
    what: "a takeaway of 3 kB of nested >",
    files: {
      "2020-01-01-x.md": post(
        `title: Takeaway\nspeakers:\n  - name: Ada\n    takeaways:\n      - "${"> ".repeat(1500)}x"`,
      ),
    },
  },
  {
    name: "date-year-0099",
    what: "date: 0099-01-01",
    files: { "2020-01-01-x.md": post("title: Old\ndate: 0099-01-01") },
  },
  {
    name: "date-offset-plus-15",
    what: "date: 2020-01-01 18:30 +15:00",
    files: { "2020-01-01-x.md": post("title: Far\ndate: 2020-01-01 18:30 +15:00") },
  },
  { name: "folder-named-like-a-post", what: "a folder x.md in posts/", files: { "2020-01-01-x.md": null } },
];
