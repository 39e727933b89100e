import assert from "node:assert/strict";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";
import { listExportedFiles } from "../export/exported-files";
import {
  deleteRuntimeFiles,
  findClientComponents,
  RUNTIME_FILE_EXTENSIONS,
  stripRuntimeFromPage,
} from "./strip-client-runtime";
import { temporaryFolder } from "../../test/support/test-scope";

// The shape of a page Next 16 exports, cut down: chunk scripts, a script preload, Turbopack's loader and
// the Flight data, around the site's own JSON-LD and browser script.
const PAGE = [
  `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/a.css"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>`,
  `<script src="/_next/static/chunks/b.js" async=""></script>`,
  `<script src="/_next/static/chunks/polyfills.js" noModule=""></script>`,
  `<script async="" type="module" src="/js/meetup-status.js"></script></head>`,
  `<body><main><h1>October 2018</h1><p>Talks &lt;script&gt; and all.</p><a id="__next_f" href="#x">clobber</a>`,
  `<script type="application/ld+json">{"@type":"BlogPosting"}</script></main>`,
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>`,
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script></body></html>`,
].join("");

it("takes Next's scripts, script preloads and Flight data out of a page, keeping its content and the site's own scripts", () => {
  const stripped = stripRuntimeFromPage(PAGE, "", "index.html");
  assert.doesNotMatch(stripped, /_next\/static\/chunks\/[^"]*\.js|__next_f\.|TURBOPACK/);
  assert.match(stripped, /<link rel="stylesheet" href="\/_next\/static\/chunks\/a.css"\/>/);
  assert.match(stripped, /<script async="" type="module" src="\/js\/meetup-status.js"><\/script>/);
  assert.match(stripped, /<script type="application\/ld\+json">\{"@type":"BlogPosting"\}<\/script>/);
  // Content may say anything, the runtime's names included.
  assert.match(stripped, /<h1>October 2018<\/h1><p>Talks &lt;script&gt; and all.<\/p><a id="__next_f" href="#x">/);
  assert.match(stripped, /<\/main><\/body><\/html>$/);
});

it("keeps a base path's runtime out too, and the site's own scripts below that base path", () => {
  const page = `<html><head><script src="/cnl/_next/static/chunks/b.js" async=""></script><script type="module" src="/cnl/js/search-page.js"></script></head><body></body></html>`;
  assert.equal(
    stripRuntimeFromPage(page, "/cnl", "index.html"),
    `<html><head><script type="module" src="/cnl/js/search-page.js"></script></head><body></body></html>`,
  );
});

it("stops the build, naming the page, for any script or script preload that is not the site's own", () => {
  const pages = {
    "another site's runtime": `<script src="https://example.com/_next/x.js"></script>`,
    "a script outside /js/": `<script src="/assets/x.js"></script>`,
    "a renamed bootstrap script": `<script>self.__next_r=[];(self.__next_r).push([0])</script>`,
    "a preload of a script outside the runtime": `<link rel="preload" as="script" href="/vendor/x.js"/>`,
    "a module preload": `<link rel="modulepreload" href="https://cdn.example/x.mjs"/>`,
    "an inline module": `<script type="module">import("/x.js")</script>`,
  };
  for (const [what, markup] of Object.entries(pages)) {
    assert.throws(
      () => stripRuntimeFromPage(`<html><head>${markup}</head><body></body></html>`, "", "posts/x/index.html"),
      /^Error: posts\/x\/index\.html: a script that is not the site's own/,
      what,
    );
  }
});

it("keeps the redirect page's script, byte for byte, and nothing that only resembles it", () => {
  const page = `<html><head><script>${REDIRECT_SCRIPT}</script></head><body></body></html>`;
  assert.equal(stripRuntimeFromPage(page, "", "old/index.html"), page);
  assert.throws(
    () => stripRuntimeFromPage(page.replace("location.replace", "location.assign"), "", "old/index.html"),
    /old\/index\.html: a script that is not the site's own/,
  );
});

it("stops the build for a page whose content only Next's runtime can reveal", () => {
  const streamed = `<html><body><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></body></html>`;
  assert.throws(
    () => stripRuntimeFromPage(streamed, "", "posts/x/index.html"),
    /posts\/x\/index\.html: part of the page is streamed/,
  );
  const changed = `<html><body><script>window.__next_f=[]</script></body></html>`;
  assert.throws(
    () => stripRuntimeFromPage(changed, "", "index.html"),
    /index\.html: a script that is not the site's own/,
  );
  const reveal = `<html><body><script>$RC("B:0","S:0")</script></body></html>`;
  assert.throws(
    () => stripRuntimeFromPage(reveal, "", "index.html"),
    /index\.html: an inline script of React's streaming runtime/,
  );
});

it("deletes the runtime's chunks and each page's Flight data, and nothing else", async () => {
  const site = temporaryFolder("strip-runtime-");
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  };
  write("index.html", PAGE);
  write("index.txt", '1:"$Sreact.fragment"\n');
  write("__next._tree.txt", "tree");
  write("posts/x/index.html", PAGE);
  write("posts/x/index.txt", '0:{"b":"x"}\n');
  write("posts/x/__next.posts.$d$slug.__PAGE__.txt", "segment");
  write("_next/static/chunks/b.js", "runtime");
  write("_next/static/chunks/a.css", "css");
  write("js/meetup-status.js", "ours");
  write("robots.txt", "User-agent: *\n");
  write("notes/index.txt", "A text file of the site's own.\n");
  deleteRuntimeFiles(site, listExportedFiles(site, RUNTIME_FILE_EXTENSIONS));
  const left = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((file) => /\.\w+$/.test(file));
  assert.deepEqual(left.map((file) => file.split(path.sep).join("/")).sort(), [
    "_next/static/chunks/a.css",
    "index.html",
    "js/meetup-status.js",
    "notes/index.txt",
    "posts/x/index.html",
    "robots.txt",
  ]);
});

it("finds client components, which would be dead in the export, and the site has none", () => {
  const project = temporaryFolder("client-components-");
  mkdirSync(path.join(project, "components", "nested"), { recursive: true });
  writeFileSync(path.join(project, "components", "nested", "clock.tsx"), '// A clock.\n"use client";\nexport {};\n');
  writeFileSync(path.join(project, "components", "card.tsx"), 'export const note = "use client";\n');
  assert.deepEqual(findClientComponents([path.join(project, "components"), path.join(project, "app")]), [
    `${path.join(project, "components", "nested", "clock.tsx").split(path.sep).join("/")}`,
  ]);
  assert.deepEqual(findClientComponents(["app", "components"]), []);
});
