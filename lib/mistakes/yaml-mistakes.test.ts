import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatProblem } from "../content/content-error";
import { readPostFile } from "../content/post-file";

const FILE = "posts/2026-12-01-meetup.md";

/**
 * The YAML slips editors make, each with the one line `npm run check` prints for it: the file line of the
 * mistake (the front matter starts on line 2), the field, what is wrong and the fix.
 */
const SLIPS: { slip: string; frontMatter: string; printed: string | string[] }[] = [
  {
    slip: "an unquoted colon in a title",
    frontMatter: "title: Cloud Native London: December 2026\ndescription: x",
    printed: `2: title: has ": " inside its value, which YAML reads as the start of another field (the value in double quotes: title: "Cloud Native London: December 2026")`,
  },
  {
    slip: "an unquoted colon in a speaker's talk",
    frontMatter: "title: x\nspeakers:\n  - name: Ada\n    talk: Kubernetes: the hard way",
    printed: `5: talk: has ": " inside its value, which YAML reads as the start of another field (the value in double quotes: talk: "Kubernetes: the hard way")`,
  },
  {
    slip: "an unquoted colon in a value that has double quotes of its own",
    frontMatter: 'title: He said "hi": twice',
    printed: `2: title: has ": " inside its value, which YAML reads as the start of another field (the value in double quotes: title: 'He said "hi": twice')`,
  },
  {
    slip: "a tab before a list item",
    frontMatter: "title: x\ntags:\n\t- Meetup",
    printed: "4: tags: is indented with a tab (spaces instead: two for each level, as on the lines around it)",
  },
  {
    slip: "a double quote never closed, at the line that opens it",
    frontMatter: 'title: "Cloud Native London\ndescription: x\nlocation: y',
    printed: `2: title: opens a quote (") that is never closed (a closing " at the end of the value, on the same line: title: "Cloud Native London")`,
  },
  {
    slip: "a single quote never closed",
    frontMatter: "title: 'Cloud Native London\ndescription: x",
    printed: `2: title: opens a quote (') that is never closed (a closing ' at the end of the value, on the same line: title: 'Cloud Native London')`,
  },
  {
    slip: "text after a closing quote",
    frontMatter: 'title: "Cloud" Native',
    printed: `2: title: has more text after its closing quote (the whole value in quotes: title: '"Cloud" Native')`,
  },
  {
    slip: "a [ list never closed, at the line that opens it",
    frontMatter: "title: x\ntags: [Meetup, 2018\nlocation: London",
    printed: "3: tags: opens a list with [ that is never closed (a closing ] on the same line: tags: [Meetup, 2018])",
  },
  {
    slip: "a { mapping never closed",
    frontMatter: "title: x\nevent: {date: 2020-01-01\nlocation: y",
    printed:
      "3: event: opens a mapping with { that is never closed (a closing } on the same line: event: {date: 2020-01-01})",
  },
  {
    slip: "a title starting with [",
    frontMatter: "title: [Talk] Kubernetes",
    printed: `2: title: starts with [, which YAML reads as part of its own syntax (the whole value in quotes: title: "[Talk] Kubernetes")`,
  },
  {
    slip: 'a list item ("- ") among fields',
    frontMatter: "title: x\nspeakers:\n  name: Ada\n  - name: Grace",
    printed: `5: speakers: starts a list item ("- ") among fields written as key: value (one or the other: each entry of a list starts with "- ", e.g. "  - name: Ada Lovelace")`,
  },
  {
    slip: "a field among list items",
    frontMatter: "title: x\ntags:\n  - Meetup\n  year: 2018",
    printed: `5: tags: is a field (key: value) among list items that start with "- " (one or the other: each entry of a list starts with "- ", e.g. "  - name: Ada Lovelace")`,
  },
  {
    slip: "a list written as fields",
    frontMatter: "title: x\nspeakers:\n  name: Ada\n  talk: Engines",
    printed: `3: speakers: is a mapping of keys (a list of speakers, each with at least a name; put "- " before each entry, e.g. "  - name: Ada Lovelace")`,
  },
  {
    slip: "fields written as a list",
    frontMatter: "title: x\nevent:\n  - date: 2026-12-01",
    printed: `3: event: is a list (the meetup: a date, and optionally start, end, venue, address, online and rsvp; its fields without "- " before them)`,
  },
  {
    slip: "a dash without its space",
    frontMatter: "title: x\nspeakers:\n  -name: Ada",
    printed: [
      `3: speakers: is a mapping of keys (a list of speakers, each with at least a name; put "- " before each entry, e.g. "  - name: Ada Lovelace")`,
      `4: speakers.-name: has no space after its "-", so it is not a list item (a dash, a space, then the field: - name:)`,
    ],
  },
  {
    slip: "a field indented further than the one above it",
    frontMatter: "title: x\nevent:\n  date: 2026-12-01\n   venue: Skills Matter",
    printed: "5: venue: is not lined up with the fields around it (2 spaces before it, as the field above it has)",
  },
  {
    slip: "a field indented less than the one above it",
    frontMatter: "title: x\nevent:\n  date: 2026-12-01\n venue: Skills Matter",
    printed: "5: venue: is not lined up with the fields around it (2 spaces before it, as the field above it has)",
  },
  {
    slip: "a top-level field indented under a field with a value",
    frontMatter: "title: x\n  description: y",
    printed:
      "3: description: is not lined up with the fields around it (0 spaces before it, as the field above it has)",
  },
  {
    slip: "a speaker's field out of line with the speaker's name",
    frontMatter: "title: x\nspeakers:\n  - name: Ada\n   talk: Engines",
    printed: "5: talk: is not lined up with the fields around it (4 spaces before it, as the field above it has)",
  },
  {
    slip: "no space after a colon",
    frontMatter: "title: x\ndescription:The last meetup",
    printed: "3: description: has no space after its colon (a space after the colon: description: The last meetup)",
  },
  {
    slip: "no colon at all",
    frontMatter: "title: x\ndescription The last meetup\nlocation: London",
    printed:
      "3: description: has no colon, so YAML cannot tell the field from its value (field: value, e.g. description: The last meetup)",
  },
  {
    slip: "a title starting with @",
    frontMatter: "title: @cloudnative meetup",
    printed: `2: title: starts with @, which YAML reads as part of its own syntax (the value in double quotes: title: "@cloudnative meetup")`,
  },
  {
    slip: "a title starting with a backtick",
    frontMatter: "title: `kubectl` tips",
    printed:
      '2: title: starts with `, which YAML reads as part of its own syntax (the value in double quotes: title: "`kubectl` tips")',
  },
  {
    slip: "a title starting with Markdown emphasis",
    frontMatter: "title: *Bold* news",
    printed: `2: title: starts with *, which YAML reads as part of its own syntax (the whole value in quotes: title: "*Bold* news")`,
  },
  {
    slip: "a title that is only an alias",
    frontMatter: "title: *Bold*",
    printed: `2: title: starts with *, which YAML reads as part of its own syntax (the value in double quotes: title: "*Bold*")`,
  },
  {
    slip: "a title starting with &",
    frontMatter: "title: & friends",
    printed: `2: title: starts with &, which YAML reads as part of its own syntax (the value in double quotes: title: "& friends")`,
  },
  {
    slip: "a title starting with !",
    frontMatter: "title: !Important news",
    printed: `2: title: starts with !, which YAML reads as part of its own syntax (the value in double quotes: title: "!Important news")`,
  },
  {
    slip: "a hashtag read as a comment",
    frontMatter: "title: x\ndescription: #KubeCon recap",
    printed: `3: description: is empty: YAML reads everything from a # on as a comment (the value in double quotes: description: "#KubeCon recap")`,
  },
  {
    slip: "a field given twice",
    frontMatter: "title: First\ndescription: x\ntitle: Second",
    printed: "4: title: appears twice: line 2 has it already (one title: line; delete the other)",
  },
];

describe("YAML slips: each is told in plain words, with the fix, at the line to change", () => {
  for (const { slip, frontMatter, printed } of SLIPS) {
    it(slip, () => {
      const { post, problems } = readPostFile(FILE, `---\n${frontMatter}\n---\n\nBody.\n`);
      assert.equal(post, undefined);
      const lines = [printed].flat().map((line) => `${FILE}:${line}`);
      assert.deepEqual(problems.map(formatProblem).toSorted(), lines);
    });
  }

  it("leaves a comment meant as one alone: an empty field with '# ' after it is a warning", () => {
    const { problems } = readPostFile(FILE, "---\ntitle: x\nvideo: # after the meetup\n---\n\nBody.\n");
    assert.deepEqual(problems.map(formatProblem), [
      `${FILE}:3: video: warning: is empty and is ignored (a value, or no such line)`,
    ]);
  });

  it("keeps YAML's own words, at its line, for a mistake the table does not know", () => {
    const { problems } = readPostFile(FILE, "---\ntitle: x\n%YAML 1.2\n---\n\nBody.\n");
    assert.deepEqual(problems.map(formatProblem), [
      `${FILE}:3: front matter: invalid YAML: Plain value cannot start with directive indicator character % (valid YAML between two --- lines)`,
    ]);
  });
});
