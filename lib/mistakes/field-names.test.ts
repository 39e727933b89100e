import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatProblem } from "../content/content-error";
import { readPostFile } from "../content/post-file";
import { readPageFile } from "../pages/page-file";

const FILE = "posts/2026-12-01-meetup.md";
const lines = (frontMatter: string) =>
  readPostFile(FILE, `---\n${frontMatter}\n---\n\nBody.\n`).problems.map(formatProblem);

describe("field names: a near miss is an error that names the field meant, anything else a warning", () => {
  it("a misspelt field, whose value would vanish from the page, stops the post", () => {
    const result = readPostFile(FILE, "---\ntitle: x\nsponsers:\n  - Tecknuovo\n---\n\nBody.\n");
    assert.equal(result.post, undefined);
    assert.deepEqual(result.problems.map(formatProblem), [
      `${FILE}:3: sponsers: is not a field, so its value would not be shown: did you mean sponsors? (rename the line sponsors:)`,
    ]);
  });

  it("a field in capitals is told that names are lower case, and a missing title is not reported twice", () => {
    assert.deepEqual(lines("Title: Cloud Native London"), [
      `${FILE}:2: Title: is not a field, so its value would not be shown: field names are lower case: did you mean title? (rename the line title:)`,
    ]);
  });

  it("a singular for a plural, a hyphen for an underscore, camel case for snake case", () => {
    assert.match(lines("title: x\nspeaker:\n  - name: Ada")[0] ?? "", /:3: speaker: .*did you mean speakers\?/);
    assert.match(lines("title: x\nhide-image: true")[0] ?? "", /:3: hide-image: .*did you mean hide_image\?/);
    assert.match(
      lines("title: x\nnextMeetup:\n  date: 2026-12-01")[0] ?? "",
      /:3: nextMeetup: .*did you mean next_meetup\?/,
    );
  });

  it("inside a speaker, an inline sponsor and the event, at the field's own line", () => {
    assert.deepEqual(
      lines(
        "title: x\nspeakers:\n  - name: Ada\n    photos: /x.jpg\nsponsors:\n  - name: Acme\n    logos: /y.png\nevent:\n  date: 2026-12-01\n  vneue: Skills Matter",
      ),
      [
        `${FILE}:11: event.vneue: is not a field, so its value would not be shown: did you mean venue? (rename the line venue:)`,
        `${FILE}:5: speakers[0].photos: is not a field, so its value would not be shown: did you mean photo? (rename the line photo:)`,
        `${FILE}:8: sponsors[0].logos: is not a field, so its value would not be shown: did you mean logo? (rename the line logo:)`,
      ],
    );
  });

  it("a field far from every known one stays a warning, and the post is published", () => {
    const result = readPostFile(FILE, "---\ntitle: x\ncomments: true\n---\n\nBody.\n");
    assert.ok(result.post);
    assert.deepEqual(result.problems.map(formatProblem), [
      `${FILE}:3: comments: warning: is not a field this site knows and is ignored (see CONTRIBUTING.md for the fields)`,
    ]);
  });

  it("pages are held to their own fields the same way", () => {
    const { problems } = readPageFile(
      "content/pages/speak.md",
      "speak.md",
      "---\ntitle: Speak\npermalnk: /talk/\n---\n\nBody.\n",
    );
    assert.deepEqual(problems.map(formatProblem), [
      "content/pages/speak.md:3: permalnk: is not a field, so its value would not be shown: did you mean permalink? (rename the line permalink:)",
    ]);
  });
});
