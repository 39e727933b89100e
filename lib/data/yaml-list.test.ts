import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatProblem } from "../content/content-error";
import { parseYamlList } from "./yaml-list";

const DESCRIBE = { field: "file", yaml: "valid YAML: a list of entries", list: "a list of entries" };
const check = (text: string) =>
  parseYamlList("data/x.yml", text, DESCRIBE).problems.map((problem) => formatProblem(problem));

describe("parseYamlList: a data file has the limits of front matter, each said at its line", () => {
  it("names a control character at its line, written raw or as an escape", () => {
    assert.deepEqual(check("- name: A\n- name: B\u0007ell\n"), [
      "data/x.yml:2: file: holds the control character U+0007, which no page, feed or calendar can carry (text with no control characters: tabs and line breaks are fine)",
    ]);
    assert.deepEqual(check('- name: A\n\n- name: "B\\e[31m"\n'), [
      "data/x.yml:3: file: holds the control character U+001B, which no page, feed or calendar can carry (text with no control characters: tabs and line breaks are fine)",
    ]);
  });

  it("says too deep, not invalid YAML, for nesting in brackets or in blocks", () => {
    assert.deepEqual(check(`- name: A\n- links: ${"[".repeat(5000)}${"]".repeat(5000)}\n`), [
      "data/x.yml:2: file: lists and mappings nest more than 16 deep (valid YAML: a list of entries)",
    ]);
    const block = Array.from({ length: 40 }, (_, depth) => `${"  ".repeat(depth)}- `).join("\n");
    assert.match(check(`${block}x\n`).join("\n"), /^data\/x\.yml:\d+: file: lists and mappings nest more than 16 deep/);
  });

  it("refuses a file too large to be a data file, and an alias bomb, at their lines", () => {
    const entry = "- name: Sponsor number with a long name to fill the file\n  url: https://example.com/\n";
    assert.deepEqual(check(entry.repeat(8000)), [
      "data/x.yml:1: file: is 664 kB, too large to be a data file (at most 512 kB of YAML; put photos and files in public/ and link to them)",
    ]);
    const bomb = [
      "- &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 9 }, (_, i) => `- &${"b".repeat(i + 1)} [${"*a, ".repeat(9)}*a]`),
    ];
    assert.match(check(`${bomb.join("\n")}\n`).join("\n"), /^data\/x\.yml:\d+: file: (aliases|uses more than)/);
  });

  it("reads a long list whole, every entry kept", () => {
    const entries = Array.from({ length: 5000 }, (_, index) => `- name: Sponsor ${index}\n`).join("");
    const list = parseYamlList("data/x.yml", entries, DESCRIBE);
    assert.deepEqual(list.problems, []);
    assert.equal(list.entries.length, 5000);
  });
});
