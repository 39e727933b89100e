import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { z } from "zod";
import { checkContent } from "../lib/check/content-check";
import { formatProblem } from "../lib/content/content-error";
import { readPostFile } from "../lib/content/post-file";
import {
  eventSchema,
  frontMatterSchema,
  inlineSponsorSchema,
  nextMeetupSchema,
  speakerSchema,
} from "../lib/content/post-schema";
import { setEnv, setFixtureSite, writePosts } from "./support/test-helpers";
import { fixtureSiteDir } from "./support/fixture-sites";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const GUIDE = readFileSync("CONTRIBUTING.md", "utf8");

/** The rows of the field table under `heading`: field name, then each cell, as written. */
function fieldTable(heading: string): Map<string, string[]> {
  const start = GUIDE.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `CONTRIBUTING.md has no "${heading}" section`);
  const section = GUIDE.slice(start + heading.length + 2).split(/\n#{2,3} /)[0] ?? "";
  const rows = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const cells = line.split(" | ").map((cell) => cell.replace(/^\|\s*|\s*\|$/g, "").trim());
    const field = /^`([a-z_]+)`$/.exec(cells[0] ?? "")?.[1];
    if (field) rows.set(field, cells.slice(1));
  }
  return rows;
}

// Values of the wrong kind for a field, tried in turn until the schema rejects one as the wrong type.
const WRONG_VALUES: unknown[] = [{ wrong: 1 }, "wrong"];

/** What `npm run check` puts in brackets when `field` holds a value of the wrong kind; "anything" if none is wrong. */
function expectationOf(schema: z.ZodObject, base: Record<string, unknown>, field: string): string {
  for (const wrong of WRONG_VALUES) {
    const result = schema.safeParse({ ...base, [field]: wrong });
    const issue = result.error?.issues.find(
      (candidate) =>
        candidate.path.length === 1 &&
        candidate.path[0] === field &&
        (candidate.code === "invalid_type" || candidate.code === "invalid_union"),
    );
    if (issue) return issue.message;
  }
  return "anything";
}

const TABLES = [
  { heading: "## Every field", schema: frontMatterSchema, base: { title: "T" } },
  { heading: "### `event`", schema: eventSchema, base: { date: "2018-10-09" } },
  { heading: "### `speakers`", schema: speakerSchema, base: { name: "A" } },
  { heading: "### `sponsors`", schema: inlineSponsorSchema, base: { name: "A" } },
  { heading: "### `next_meetup`", schema: nextMeetupSchema, base: { date: "2018-10-09" } },
];

describe("CONTRIBUTING.md is the field reference, and agrees with the schema", () => {
  for (const { heading, schema, base } of TABLES) {
    it(`lists exactly the fields of ${heading.replace(/^#+ /, "")}, each with what the check expects`, () => {
      const rows = fieldTable(heading);
      assert.deepEqual([...rows.keys()].sort(), Object.keys(schema.shape).sort());
      for (const [field, cells] of rows) {
        // The column "the check expects" quotes what a check message about that field says in brackets.
        assert.equal(cells[1], expectationOf(schema, base, field), `${heading}: ${field}`);
      }
    });
  }

  it("gives examples in the field table that pass the check as they are written", () => {
    for (const [field, cells] of fieldTable("## Every field")) {
      for (const [, example = ""] of (cells[2] ?? "").matchAll(/`([^`]+)`/g)) {
        const frontMatter = field === "title" ? example : `title: An example\n${example}`;
        const { problems } = readPostFile("posts/2018-10-09-example.md", `---\n${frontMatter}\n---\n\nHello.\n`);
        assert.deepEqual(problems.filter((p) => p.severity === "error").map(formatProblem), [], example);
      }
    }
  });

  it("names data files that exist", () => {
    for (const [, file = ""] of GUIDE.matchAll(/`(data\/[^`]+)`/g)) assert.ok(existsSync(file), `${file} is missing`);
  });
});

it("the full meetup writeup in CONTRIBUTING.md passes the check as it is written there", () => {
  const section = GUIDE.slice(GUIDE.indexOf("## A full meetup writeup"));
  const name = /`posts\/([^`]+\.md)`/.exec(section)?.[1] ?? "";
  const example = /```markdown\n([\s\S]*?)\n```\n/.exec(section)?.[1] ?? "";
  // The example links to the October 2018 writeup, so that post is checked alongside it.
  const directory = writePosts({ [name]: `${example}\n` });
  copyFileSync(
    path.join(fixtureSiteDir(), "posts", "2018-10-09-cloud-native-london-october-2018.md"),
    path.join(directory, "2018-10-09-cloud-native-london-october-2018.md"),
  );

  setEnv({ POSTS_DIR: directory });

  const { posts, problems, linksChecked } = checkContent();
  assert.deepEqual(problems.map(formatProblem), []);
  assert.equal(linksChecked, true);
  const writeup = posts.find((post) => post.file.endsWith(name));
  assert.equal(writeup?.speakers.length, 2);
  assert.equal(writeup?.sponsors.length, 1);
  assert.equal(writeup?.event?.venue, "Skills Matter, CodeNode");
  assert.equal(writeup?.next_meetup?.title, "Cloud Native London, January 2027");
});
