import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import { listBadInputFixtures } from "./support/bad-input-fixtures";
import { ContentError } from "../lib/content/content-error";
import { getPostBySlug } from "../lib/collection/posts";
import { slugOfFile } from "../lib/content/post-file";
import { EVALUATED_MARKER } from "../bench/corpus/pathological-inputs";
import { withEnv } from "./support/test-scope";

// Bad-input cases whose posts hold code that writes EVALUATED_MARKER if it ever runs ("---js" front matter,
// !!js/function tags...), and those that once stopped a tool with a stack trace or ran for minutes.
const HOSTILE =
  /^(fm-engine-|yaml-js-tag|yaml-custom-tag|yaml-alias-|yaml-deep-|body-nested-|body-emphasis-|body-table-|takeaway-nested-|file-folder-)/;
const fixtures = listBadInputFixtures().filter((fixture) => HOSTILE.test(fixture.name));
const marked = fixtures.filter((fixture) =>
  fixture.postFiles.some((file) => {
    const full = path.join(fixture.dir, file);
    return statSync(full).isFile() && readFileSync(full, "utf8").includes(path.basename(EVALUATED_MARKER));
  }),
);
const postFiles = fixtures.flatMap((fixture) => fixture.postFiles);
const STACK_FRAME = /^\s+at .+[:(]/m;

/** Run a project script as npm would, from the project folder, with these variables set. */
function runScript(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("front matter and bodies that would run code or never end: every tool names the file, and nothing runs", () => {
  let root: string;
  let postsDir: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), "cnl-hostile-"));
    postsDir = path.join(root, "posts");
    mkdirSync(postsDir);
    for (const fixture of fixtures)
      for (const file of fixture.postFiles)
        cpSync(path.join(fixture.dir, file), path.join(postsDir, file), { recursive: true });
  });
  beforeEach(() => rmSync(EVALUATED_MARKER, { force: true }));
  after(() => rmSync(root, { recursive: true, force: true }));

  it("holds the cases that would run code: ---js, ---javascript, --- js, with a BOM and CRLF, ---coffee, !!js/function", () => {
    assert.deepEqual(
      marked.map((fixture) => fixture.name),
      [
        "fm-engine-coffee",
        "fm-engine-javascript",
        "fm-engine-js",
        "fm-engine-js-bom-crlf",
        "fm-engine-spaced-js",
        "yaml-js-tag",
      ],
    );
  });

  it("npm run check: one line naming each file, no stack trace, and the code never ran", () => {
    const { status, output } = runScript("tools/check.ts", [], { POSTS_DIR: postsDir });
    assert.equal(status, 1);
    assert.doesNotMatch(output, STACK_FRAME);
    for (const file of postFiles) assert.match(output, new RegExp(`/${file}:\\d+: `), file);
    assert.equal(existsSync(EVALUATED_MARKER), false);
  });

  it("npm run build: stops naming each file, no stack trace, no out/, and the code never ran", () => {
    const outDir = path.join(root, "out");
    const { status, output } = runScript("pipeline/build.ts", [], { POSTS_DIR: postsDir, OUT_DIR: outDir });
    assert.equal(status, 1);
    assert.doesNotMatch(output, STACK_FRAME);
    for (const file of postFiles) assert.match(output, new RegExp(`/${file}:\\d+: `), file);
    assert.equal(existsSync(outDir), false);
    assert.equal(existsSync(EVALUATED_MARKER), false);
  });

  it("next dev: each post's own page shows its file's errors, no stack trace, and the code never ran", () => {
    withEnv({ POSTS_DIR: postsDir, NODE_ENV: "development" }, () => {
      for (const file of postFiles)
        assert.throws(
          () => getPostBySlug(slugOfFile(file)),
          (error: unknown) =>
            error instanceof ContentError &&
            error.message.includes(`/${file}:`) &&
            // next dev shows the error's stack in its overlay and terminal: it must be the lines alone.
            !STACK_FRAME.test(error.stack ?? ""),
          file,
        );
    });
    assert.equal(existsSync(EVALUATED_MARKER), false);
  });

  it("npm run import:jekyll: reports each hostile post with its file, no stack trace, and the code never ran", () => {
    const site = path.join(root, "jekyll");
    cpSync(postsDir, path.join(site, "_posts"), { recursive: true });
    // Everything the import writes goes to the temporary folder: posts, public files, pages and settings.
    const target = {
      POSTS_DIR: path.join(root, "import", "posts"),
      PUBLIC_DIR: path.join(root, "import", "public"),
      PAGES_DIR: path.join(root, "import", "pages"),
      SETTINGS_FILE: path.join(root, "import", "site.ts"),
    };
    const { status, output } = runScript("tools/import-jekyll.ts", [site], target);
    assert.equal(status, 0, output);
    assert.doesNotMatch(output, STACK_FRAME);
    for (const fixture of marked) {
      const [file = ""] = fixture.postFiles;
      assert.match(output, new RegExp(`  posts/${file}:\\d+: front matter is not valid YAML`), file);
    }
    assert.ok(readdirSync(target.POSTS_DIR).length > 0);
    assert.equal(existsSync(EVALUATED_MARKER), false);
  });
});
