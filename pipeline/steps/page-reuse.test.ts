import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { generateCorpus } from "../../bench/corpus/corpus";
import { setEnv, temporaryFolder } from "../../test/support/test-scope";
import { keepPages, pageKeys } from "./page-reuse";
import { setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const NEW_POST = `---
title: "One more writeup"
tags: [Meetup, Community]
---

A new writeup.
`;

// The posts of a corpus, oldest first: a post file's name starts with its date.
function postFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort();
}

function retitle(file: string, title: string): void {
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
}

describe("pages kept from one build for the next", () => {
  it("a post's new title changes the key of its page and its neighbours' pages, and no unrelated page's", () => {
    const posts = temporaryFolder("cnl-reuse-posts-");
    generateCorpus({ directory: posts, size: 24, seed: 7, sponsors: "off" });
    // As under next dev, the collection is read again when a file's time changes.
    setEnv({ POSTS_DIR: posts, NODE_ENV: "development" });
    const before = pageKeys();
    const files = postFiles(posts);
    // The first post's own page shows its title; so do the pages beside it, as "newer" and "older" links.
    const changed = files[Math.floor(files.length / 2)] ?? "";
    retitle(path.join(posts, changed), "A title nobody used before");
    const after = pageKeys();
    const differing = [...before]
      .filter(([sitePath, key]) => after.get(sitePath) !== key)
      .map(([sitePath]) => sitePath);
    const slugOf = (file: string) => file.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.md$/, "");
    assert.ok(
      differing.includes(`/posts/${slugOf(changed)}/`),
      `the post's own page: ${slugOf(changed)} in ${differing.join(", ")}`,
    );
    assert.ok(differing.length >= 2, `its neighbours' pages too: ${differing.join(", ")}`);
    assert.ok(differing.length < before.size / 2, `most pages keep their key: ${differing.length} of ${before.size}`);
  });

  it("a change to the code that renders pages (components/, app/) changes every page's key", () => {
    const posts = temporaryFolder("cnl-reuse-posts-");
    generateCorpus({ directory: posts, size: 6, seed: 3, sponsors: "off" });
    setEnv({ POSTS_DIR: posts });
    const root = temporaryFolder("cnl-reuse-root-");
    mkdirSync(path.join(root, "components"));
    writeFileSync(path.join(root, "components", "card.tsx"), "export const Card = () => null;\n");
    const before = pageKeys(root);
    writeFileSync(path.join(root, "components", "card.tsx"), "export const Card = () => 'changed';\n");
    const after = pageKeys(root);
    assert.ok(before.size > 0);
    for (const [sitePath, key] of before) assert.notEqual(after.get(sitePath), key, sitePath);
  });

  it("a kept page no build has used for a week is dropped; one used since stays", () => {
    const cache = temporaryFolder("cnl-reuse-cache-");
    setEnv({ PAGE_CACHE_DIR: cache });
    const stale = path.join(cache, "stale.json");
    const recent = path.join(cache, "recent.json");
    for (const file of [stale, recent]) writeFileSync(file, "{}");
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    utimesSync(stale, eightDaysAgo, eightDaysAgo);
    keepPages(temporaryFolder("cnl-reuse-site-"), { pages: [], verify: false }, new Map());
    assert.equal(existsSync(stale), false);
    assert.equal(existsSync(recent), true);
  });

  it(
    "a real rebuild keeps unchanged pages, and every kept page is what Next renders afresh (BUILD_PAGE_REUSE=verify)",
    { timeout: 600_000 },
    () => {
      const work = path.resolve(".test-builds", "page-reuse");
      rmSync(work, { recursive: true, force: true });
      const posts = path.join(work, "posts");
      generateCorpus({ directory: posts, size: 30, seed: 11, sponsors: "off" });
      const env = {
        ...process.env,
        POSTS_DIR: posts,
        OUT_DIR: path.join(work, "out"),
        PAGE_CACHE_DIR: path.join(work, "pages"),
        POST_CACHE_DIR: path.join(work, "post-cache"),
        BUILD_TYPE_CHECK: "off",
      };
      const build = (extra: Record<string, string> = {}) =>
        spawnSync(process.execPath, ["--import", "tsx", "pipeline/build.ts"], {
          env: { ...env, ...extra },
          encoding: "utf8",
        });
      const first = build();
      assert.equal(first.status, 0, first.stdout + first.stderr);
      assert.match(first.stdout, /\b0 of \d+ post and speaker pages can be kept/);

      // An editor's pull request: one post added, one retitled.
      writeFileSync(path.join(posts, "2026-11-30-one-more-writeup.md"), NEW_POST);
      const files = postFiles(posts);
      retitle(path.join(posts, files[10] ?? ""), "Renamed after the meetup");
      // And a kept page altered behind the build's back: the check must name it, and only it.
      const kept = readdirSync(env.PAGE_CACHE_DIR).map((name) => path.join(env.PAGE_CACHE_DIR, name));
      const tampered = kept
        .map((file) => ({ file, page: JSON.parse(readFileSync(file, "utf8")) as { file: string; html: string } }))
        .find(({ page }) => page.file.startsWith("speakers/"));
      assert.ok(tampered, "a speaker's page was kept");
      writeFileSync(
        tampered.file,
        JSON.stringify({ ...tampered.page, html: tampered.page.html.replace("</h1>", " (stale)</h1>") }),
      );

      const second = build({ BUILD_PAGE_REUSE: "verify" });
      const output = second.stdout + second.stderr;
      const counts = /(\d+) of (\d+) post and speaker pages can be kept/.exec(output);
      assert.ok(counts, output);
      const [keptCount, total] = [Number(counts[1]), Number(counts[2])];
      assert.ok(keptCount > total / 2 && keptCount < total, `${keptCount} of ${total} kept`);
      assert.equal(second.status, 1, "the altered page stops the build");
      const tamperedPath = `/${path.dirname(tampered.page.file)}/`;
      assert.match(output, new RegExp(`1 kept page differs from a fresh render.*: ${tamperedPath}\\n`));
      rmSync(work, { recursive: true, force: true });
    },
  );
});
