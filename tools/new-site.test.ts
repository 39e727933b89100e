import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { temporaryFolder } from "../test/support/test-scope";

const TSX = path.resolve("node_modules/.bin/tsx");

/** A site root holding a stand-in for the demo meetup's content, as a fresh clone has it. */
function demoSite(): string {
  const root = temporaryFolder("cnl-new-site-");
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write("site.yml", readFileSync("test/fixtures/settings/site.yml", "utf8"));
  write("posts/2018-10-09-october.md", "---\ntitle: Riverside Test Meetup, October\n---\n\nHello.\n");
  write("content/pages/history.md", "---\ntitle: Our history\n---\n\nRiverside Test Meetup began...\n");
  write("data/sponsors.yml", "- name: Riverside Sponsor\n");
  write("public/images/riverside.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return root;
}

function run(script: string, root: string, args: string[] = []) {
  const result = spawnSync(TSX, [path.resolve(script), ...args], {
    encoding: "utf8",
    env: { ...process.env, SITE_DIR: root },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run new-site", () => {
  it("leaves only the new meetup: its settings, the starter pages, and none of the demo's content", () => {
    const root = demoSite();
    const made = run("tools/new-site.ts", root, ["--name", "Manchester Rust Meetup", "--city", "Manchester"]);
    assert.equal(made.status, 0, made.output);
    assert.deepEqual(readdirSync(path.join(root, "content", "pages")).sort(), [
      "about.md",
      "code-of-conduct.md",
      "speak.md",
      "sponsor.md",
      "venue.md",
    ]);
    assert.deepEqual(readdirSync(path.join(root, "posts")), [".gitkeep"]);
    assert.equal(existsSync(path.join(root, "data")), false);
    assert.equal(existsSync(path.join(root, "public")), false);
    const settings = readFileSync(path.join(root, "site.yml"), "utf8");
    assert.match(settings, /^name: "Manchester Rust Meetup"$/m);
    assert.doesNotMatch(settings, /Riverside/);

    // The starter site passes the check; each placeholder is a warning until it is filled in.
    const check = run("tools/check.ts", root);
    assert.equal(check.status, 0, check.output);
    assert.match(check.output, /0 posts and 5 pages checked: 0 errors, \d+ warnings/);
    assert.match(check.output, /content\/pages\/venue\.md:\d+: placeholder: warning: \[TODO: /);

    // New posts start from the settings: the meetup's city, not the demo's.
    const post = run("tools/new-post.ts", root, ["Manchester Rust, January 2027"]);
    assert.equal(post.status, 0, post.output);
    const [file = ""] = readdirSync(path.join(root, "posts")).filter((name) => name.endsWith(".md"));
    assert.match(readFileSync(path.join(root, "posts", file), "utf8"), /^location: "Manchester"$/m);
  });

  it("keeps the demo's content with --keep-demo, and changes nothing when an answer is not valid", () => {
    const root = demoSite();
    const kept = run("tools/new-site.ts", root, ["--name", "Manchester Rust Meetup", "--keep-demo"]);
    assert.equal(kept.status, 0, kept.output);
    assert.ok(existsSync(path.join(root, "posts", "2018-10-09-october.md")));
    assert.ok(existsSync(path.join(root, "content", "pages", "history.md")));

    const before = readFileSync(path.join(root, "site.yml"), "utf8");
    const refused = run("tools/new-site.ts", root, ["--name", "Leeds Go", "--accent", "orange"]);
    assert.equal(refused.status, 1);
    assert.match(refused.output, /accent: .*#rrggbb/);
    assert.equal(readFileSync(path.join(root, "site.yml"), "utf8"), before);
    assert.ok(existsSync(path.join(root, "posts", "2018-10-09-october.md")));
  });
});
