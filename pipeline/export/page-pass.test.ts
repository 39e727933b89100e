import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";
import { pagePassStep, processPages } from "./page-pass";
import type { StepContext } from "./step";
import { temporaryFolder } from "../../test/support/test-scope";

// The one inline script the site writes, the redirect pages'; its hash computed independently:
// printf '%s' "$REDIRECT_SCRIPT" | openssl dgst -sha256 -binary | base64
const SCRIPT = `<script>${REDIRECT_SCRIPT}</script>`;
const SCRIPT_HASH = "AI05gE1C+70A6jD0ImlidWtb98TPBVvn5UNtIYY38Tg=";
const AT = { basePath: "", url: "https://cloudnative.london" };

const page = (body: string) =>
  [
    `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>`,
    `<link rel="preload" as="script" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/b.js" async=""></script>`,
    `</head><body>${body}<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`,
  ].join("");

/** A tiny export: files by path, under a fresh folder. */
function exportFolder(files: Record<string, string>): string {
  const siteDir = temporaryFolder("cnl-pages-");
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
    writeFileSync(path.join(siteDir, file), text);
  }
  return siteDir;
}

describe("the page pass", () => {
  const files = {
    "index.html": page(`<a href="/posts/a/">a</a>${SCRIPT}`),
    "posts/a/index.html": page('<a href="../../">home</a><img src="https://cloudnative.london/og/a.png" alt="">'),
    "posts/b/index.html": page('<a href="https://example.com/">elsewhere</a>'),
  };

  it("strips, pins and collects the links of every page", () => {
    const siteDir = exportFolder(files);
    const pages = Object.keys(files).sort();
    const targets = processPages(siteDir, pages, AT);
    assert.deepEqual(Object.fromEntries(targets), {
      "index.html": ["/posts/a/"],
      "posts/a/index.html": ["/", "/og/a.png"],
      "posts/b/index.html": [],
    });
    for (const file of pages) {
      const html = readFileSync(path.join(siteDir, file), "utf8");
      assert.doesNotMatch(html, /_next\/static\/chunks\/b\.js|__next_f/);
      assert.match(
        html,
        /^<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy"/,
      );
    }
    assert.match(
      readFileSync(path.join(siteDir, "index.html"), "utf8"),
      new RegExp(SCRIPT_HASH.replace(/[+/=]/g, "\\$&")),
    );
  });

  it("stops at the first failing page in order", () => {
    const siteDir = exportFolder({
      ...files,
      "posts/a/index.html": page('<button onclick="go()">Go</button>'),
      "posts/b/index.html": page("<!--$?--><p>Loading</p><!--/$-->"),
    });
    assert.throws(() => processPages(siteDir, Object.keys(files).sort(), AT), {
      message: "posts/a/index.html: <button onclick> would be blocked by the policy",
    });
  });

  it("refuses an inline script the site does not write, such as one in an HTML file copied from public/", () => {
    const siteDir = exportFolder({ ...files, "x.html": page('<script>alert("from public/")</script>') });
    assert.throws(() => processPages(siteDir, [...Object.keys(files), "x.html"].sort(), AT), {
      // The strip's allowlist stops it first; pinning refuses it too (content-security-policy.test.ts).
      message: /^x\.html: a script that is not the site's own is in the exported page.*alert\("from public\/"\)/,
    });
  });

  it("deletes the runtime's files and leaves each page's site paths for the link check", async () => {
    const siteDir = exportFolder({ ...files, "index.txt": '1:"$Sreact.fragment"\n', "_next/static/chunks/b.js": "x" });
    const context: StepContext = {};
    await pagePassStep.run(siteDir, context);
    assert.equal(existsSync(path.join(siteDir, "index.txt")), false);
    assert.equal(existsSync(path.join(siteDir, "_next/static/chunks/b.js")), false);
    assert.deepEqual(context.pageTargets?.get("index.html"), ["/posts/a/"]);
  });

  it("treats a redirect page kept at an old .htm path as a page: stripped, pinned and its links collected", async () => {
    const siteDir = exportFolder({
      ...files,
      "old-page.htm": page(`<a href="/posts/b/">moved</a>${SCRIPT}`),
    });
    const context: StepContext = {};
    await pagePassStep.run(siteDir, context);
    const html = readFileSync(path.join(siteDir, "old-page.htm"), "utf8");
    assert.doesNotMatch(html, /__next_f/);
    assert.match(
      html,
      new RegExp(`<meta http-equiv="Content-Security-Policy" content="[^"]*${SCRIPT_HASH.replace(/[+/=]/g, "\\$&")}`),
    );
    assert.deepEqual(context.pageTargets?.get("old-page.htm"), ["/posts/b/"]);
  });
});
