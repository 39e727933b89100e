import assert from "node:assert/strict";
import { it } from "node:test";
import { MAX_BODY_NESTING } from "./body-limits";
import { readPostFile } from "../content/post-file";
import { post } from "../../test/support/test-helpers";

const errorsOf = (body: string) =>
  readPostFile("posts/2020-01-01-x.md", post("title: X", body))
    .problems.filter((problem) => problem.severity === "error")
    .map((problem) => `${problem.line}: ${problem.field}: ${problem.message}`);

it("takes quotes and lists nested up to the limit, and refuses one level more at its line", () => {
  assert.deepEqual(errorsOf(`${"> ".repeat(MAX_BODY_NESTING)}deep`), []);
  assert.deepEqual(errorsOf(`Intro.\n\n${"> ".repeat(MAX_BODY_NESTING + 1)}deep`), [
    `7: body: blockquotes and lists nest ${MAX_BODY_NESTING + 1} deep on one line`,
  ]);
});

it("counts neither snake_case words, nor code fences, nor a long thematic break as emphasis or nesting", () => {
  const body = [
    "some_snake_case_name ".repeat(3000),
    "```",
    "*a* [x] ".repeat(3000),
    "```",
    "* ".repeat(60).trim(),
    "Done *here*.",
  ].join("\n\n");
  assert.deepEqual(errorsOf(body), []);
});
