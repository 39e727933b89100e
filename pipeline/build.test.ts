import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";
import {
  listBadInputFixtures,
  prepareFixture,
  relabelFixtureOutput,
  type BadInputFixture,
} from "../test/support/bad-input-fixtures";
import { temporaryFolder } from "../test/support/test-scope";

const fixtures = new Map(listBadInputFixtures().map((fixture) => [fixture.name, fixture]));

function fixture(name: string): BadInputFixture {
  const found = fixtures.get(name);
  assert.ok(found, `test/fixtures/bad-input/${name}`);
  return found;
}

async function run(script: string, fixture: BadInputFixture, outDir?: string) {
  const prepared = prepareFixture(fixture);
  // Each fixture is a site of its posts alone: the project's pages (content/pages/) stay out.
  const env = {
    ...process.env,
    POSTS_DIR: prepared.postsDir,
    PAGES_DIR: path.join(prepared.postsDir, "_no-pages"),
    ...(prepared.publicDir ? { PUBLIC_DIR: prepared.publicDir } : {}),
    ...(outDir ? { OUT_DIR: outDir } : {}),
  };
  const result = await promisify(execFile)(process.execPath, ["--import", "tsx", script], { env }).then(
    (output) => ({ ...output, code: 0 }),
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  const lines = (text: string) => relabelFixtureOutput(text, prepared).split("\n").filter(Boolean);
  return { status: result.code, stderr: lines(result.stderr), stdout: lines(result.stdout) };
}

// One case per kind of failure: a file's YAML, a field's value, the body, the whole collection, a redirect
// onto a file of the export, and public/.
const CHECK_CASES = [
  "yaml-broken",
  "fm-redirect-to-javascript",
  "body-liquid",
  "slug-duplicate",
  "redirect-overwrites-files",
  "public-svg-scripts",
];
// The build runs the same check first; these cases show it stops with the same lines, posts/ and public/ alike.
const BUILD_CASES = ["yaml-broken", "slug-duplicate", "posts-symlink", "public-symlinks"];

describe("npm run check and npm run build stop on bad input with the exact lines", { concurrency: true }, () => {
  for (const name of CHECK_CASES) {
    it(`${name}: check exits 1 and prints exactly the fixture's lines`, async () => {
      // The check prints every line on stdout, in order, its summary last.
      const { status, stdout } = await run("tools/check.ts", fixture(name));
      const errors = fixture(name).expectedCheck;
      assert.equal(status, 1);
      assert.deepEqual(stdout.slice(0, -1), errors);
      assert.match(stdout.at(-1) ?? "", new RegExp(`checked: ${errors.length} errors?,`));
    });
  }

  for (const name of BUILD_CASES) {
    it(`${name}: the build stops with the same lines and leaves no out/ and no staging folder`, async () => {
      const outDir = path.join(temporaryFolder("cnl-build-"), "out");
      // A previous good build must not survive a failed one: it would look complete.
      mkdirSync(outDir);
      writeFileSync(path.join(outDir, "index.html"), "<!doctype html><title>stale</title>");
      const { status, stderr } = await run("pipeline/build.ts", fixture(name), outDir);
      const errors = fixture(name).expectedCheck;
      assert.equal(status, 1);
      assert.deepEqual(stderr, [
        ...errors,
        `Build stopped: ${errors.length} content error${errors.length === 1 ? "" : "s"}.`,
      ]);
      assert.equal(existsSync(outDir), false, "out/ is removed");
      assert.equal(existsSync(`${outDir}.partial`), false, "no staging folder is left");
    });
  }

  it("a warning alone does not stop the check: an iframe from an unlisted host becomes a link", async () => {
    const { status, stdout } = await run("tools/check.ts", fixture("body-iframe-unlisted-host"));
    assert.equal(status, 0);
    assert.deepEqual(stdout, [
      ...fixture("body-iframe-unlisted-host").expectedCheck,
      "1 post checked: 0 errors, 1 warning.",
    ]);
  });
});
