import assert from "node:assert/strict";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { checkContent } from "../lib/check/content-check";
import { formatProblem } from "../lib/content/content-error";
import { restorePostsDirAfterEach, writePosts } from "./support/test-helpers";

restorePostsDirAfterEach();

it("the full meetup writeup in CONTRIBUTING.md passes the check as it is written there", () => {
  const guide = readFileSync("CONTRIBUTING.md", "utf8");
  const section = guide.slice(guide.indexOf("## A full meetup writeup"));
  const name = /`posts\/([^`]+\.md)`/.exec(section)?.[1] ?? "";
  const example = /```markdown\n([\s\S]*?)\n```\n/.exec(section)?.[1] ?? "";
  // The example links to the October 2018 writeup, so that post is checked alongside it.
  const directory = writePosts({ [name]: `${example}\n` });
  copyFileSync(
    "posts/2018-10-09-cloud-native-london-october-2018.md",
    path.join(directory, "2018-10-09-cloud-native-london-october-2018.md"),
  );
  process.env.POSTS_DIR = directory;

  const { posts, problems, linksChecked } = checkContent();
  assert.deepEqual(problems.map(formatProblem), []);
  assert.equal(linksChecked, true);
  const writeup = posts.find((post) => post.file.endsWith(name));
  assert.equal(writeup?.speakers.length, 2);
  assert.equal(writeup?.sponsors.length, 1);
  assert.equal(writeup?.event?.venue, "Skills Matter, CodeNode");
  assert.equal(writeup?.next_meetup?.title, "Cloud Native London, January 2027");
});
