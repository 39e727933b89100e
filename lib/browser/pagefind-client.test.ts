import assert from "node:assert/strict";
import { it } from "node:test";
import { describeResults, readQuery, splitExcerpt, writeQuery } from "./pagefind-client";

it("splits an excerpt into plain text with the matches marked, decoding entities and never keeping markup", () => {
  assert.deepEqual(
    splitExcerpt("Paul <mark>Fremantle</mark> of WSO2 &amp; &lt;b&gt;friends&#39; &#x2014; <mark>again</mark>"),
    [
      { text: "Paul ", match: false },
      { text: "Fremantle", match: true },
      { text: " of WSO2 & <b>friends' — ", match: false },
      { text: "again", match: true },
    ],
  );
});

it("reads the query from the page URL and writes it back without empty fields", () => {
  assert.deepEqual(readQuery("?q=escolar&tag=Security"), { q: "escolar", tag: "Security", year: "" });
  assert.equal(writeQuery({ q: "a b", tag: "", year: "2018" }), "?q=a+b&year=2018");
  assert.equal(writeQuery({ q: "", tag: "", year: "" }), "");
});

it("says how many posts were found and for what, in the reader's words", () => {
  assert.equal(describeResults({ q: " escolar ", tag: "", year: "" }, 1), "1 post found for “escolar”.");
  assert.equal(
    describeResults({ q: "security", tag: "Security", year: "2019" }, 2),
    "2 posts found for “security”, tagged Security, from 2019.",
  );
  assert.equal(describeResults({ q: "", tag: "", year: "2030" }, 0), "No posts found, from 2030.");
});
