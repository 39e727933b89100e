import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, it } from "node:test";
import { withEnv } from "../../test/support/test-scope";
import { postCacheKey, readPostCached, type PostReading } from "./post-cache";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "cnl-post-cache-"));
  folders.push(folder);
  return folder;
}

// A reader that says how often it was called, and reports an error for any text containing "BAD".
function countingReader(): { read: (file: string, source: string) => PostReading; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    read: (file, source) => {
      calls += 1;
      const problems = source.includes("BAD")
        ? [{ file, line: 2, field: "title", message: "is wrong", expected: "text", severity: "error" as const }]
        : [];
      return { problems };
    },
  };
}

it("reads an unchanged post from the cache, and a changed one again", () => {
  const cache = temporaryFolder();
  const { read, calls } = countingReader();
  readPostCached("posts/2026-01-01-a.md", "---\ntitle: A\n---\nHello", read, cache);
  readPostCached("posts/2026-01-01-a.md", "---\ntitle: A\n---\nHello", read, cache);
  assert.equal(calls(), 1);
  readPostCached("posts/2026-01-01-a.md", "---\ntitle: A\n---\nHello again", read, cache);
  assert.equal(calls(), 2);
  // The same text in another file is another post: its errors must name that file.
  readPostCached("posts/2026-01-02-b.md", "---\ntitle: A\n---\nHello", read, cache);
  assert.equal(calls(), 3);
});

it("reports a post's error on every run, cached or not", () => {
  const cache = temporaryFolder();
  const { read, calls } = countingReader();
  const first = readPostCached("posts/2026-01-01-a.md", "---\ntitle: BAD\n---\n", read, cache);
  const second = readPostCached("posts/2026-01-01-a.md", "---\ntitle: BAD\n---\n", read, cache);
  assert.equal(calls(), 1);
  assert.deepEqual(second.problems, first.problems);
  assert.equal(second.problems[0]?.message, "is wrong");
});

it("names an entry anew when a lib source, the lockfile or a setting changes, and not otherwise", () => {
  // Each variant in a folder of its own: the code's hash is taken once per process and folder.
  const key = (files: Record<string, string>, settings: Record<string, string> = {}) => {
    const root = temporaryFolder();
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return withEnv(settings, () => postCacheKey("posts/a.md", "text", root));
  };
  const project = { "lib/markdown/pipeline.ts": "export const a = 1;\n", "package-lock.json": "{}\n" };
  const before = key(project);
  assert.equal(key(project), before);
  assert.equal(key({ ...project, "lib/markdown/pipeline.test.ts": "// a test\n" }), before, "tests render nothing");
  assert.notEqual(key({ ...project, "lib/markdown/pipeline.ts": "export const a = 2;\n" }), before);
  assert.notEqual(key({ ...project, "lib/site.ts": "export const site = {};\n" }), before);
  assert.notEqual(key({ ...project, "package-lock.json": '{"packages":{}}\n' }), before);
  assert.notEqual(key(project, { SITE_URL: "https://example.org" }), before);
});

it("reads a post again when an image it measured, or a file it found missing, changes", () => {
  // In a child process, so that PUBLIC_DIR is set for it alone.
  const project = temporaryFolder();
  const publicDir = path.join(project, "public");
  mkdirSync(path.join(publicDir, "images"), { recursive: true });
  const png = path.resolve("app/icon.svg");
  cpSync(png, path.join(publicDir, "images", "logo.svg"));
  const script = `
    import { readPostCached } from ${JSON.stringify(path.resolve("lib/collection/post-cache.ts"))};
    import { publicFile } from ${JSON.stringify(path.resolve("lib/public-files.ts"))};
    import { existsSync } from "node:fs";
    let calls = 0;
    const read = () => { calls += 1; return { problems: [], found: [existsSync(publicFile("/images/logo.svg")), existsSync(publicFile("/images/new.svg"))] }; };
    const result = readPostCached("posts/2026-01-01-a.md", "same text", read, ${JSON.stringify(path.join(project, "cache"))});
    console.log(JSON.stringify({ calls, found: result.found }));
  `;
  const run = () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      env: { ...process.env, PUBLIC_DIR: publicDir },
    });
    assert.equal(child.status, 0, child.stderr);
    return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { calls: number; found: boolean[] };
  };
  assert.deepEqual(run(), { calls: 1, found: [true, false] });
  assert.deepEqual(run(), { calls: 0, found: [true, false] }, "nothing changed: read from the cache");
  writeFileSync(path.join(publicDir, "images", "new.svg"), "<svg/>");
  assert.deepEqual(run(), { calls: 1, found: [true, true] }, "a file the post looked for appeared");
  writeFileSync(path.join(publicDir, "images", "logo.svg"), "<svg>another logo, another size</svg>");
  assert.deepEqual(run(), { calls: 1, found: [true, true] }, "an image the post used changed");
});
