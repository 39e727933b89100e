import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, it } from "node:test";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";
import { listExportedFiles, PAGE_EXTENSIONS } from "./exported-files";
import { processPages } from "./page-pass";
import { deleteRuntimeFiles } from "./strip-client-runtime";

// A real `next build` of a tiny App Router site (test/fixtures/next-app), exported as this site is, then put
// through the page pass. When a Next or React upgrade changes what an export holds, this fails, not production.
const FIXTURE = path.resolve("test/fixtures/next-app");
const WORK = path.resolve(".test-builds/next-app");
const OUT = path.join(WORK, "out");

type Element = DefaultTreeAdapterMap["element"];

before(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(FIXTURE, WORK, { recursive: true });
  const next = path.resolve("node_modules/next/dist/bin/next");
  const build = spawnSync(process.execPath, [next, "build"], {
    cwd: WORK,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  assert.equal(build.status, 0, `next build of the fixture failed:\n${build.stdout}\n${build.stderr}`);
});

after(() => rmSync(WORK, { recursive: true, force: true }));

it("leaves only the site's own scripts in every page of a real Next export, and none of its runtime files", async () => {
  const pages = listExportedFiles(OUT, PAGE_EXTENSIONS);
  assert.ok(pages.includes("index.html") && pages.includes("items/2/index.html"), pages.join(", "));
  const before = pages.map((page) => readFileSync(path.join(OUT, page), "utf8")).join("");
  assert.match(
    before,
    /self\.__next_f|_next\/static\/chunks\/[^"]+\.js/,
    "the export should hold Next's runtime to strip",
  );

  await Promise.all([
    processPages(OUT, pages, { runtime: "/_next/", basePath: "", siteUrl: "https://example.org" }, 0),
    deleteRuntimeFiles(OUT),
  ]);

  for (const page of pages) {
    const document = parse(readFileSync(path.join(OUT, page), "utf8"));
    for (const element of elements(document)) {
      const attributes = new Map(element.attrs.map(({ name, value }) => [name, value]));
      if (element.tagName === "script") {
        const allowed =
          /^\/js\/[a-z0-9-]+\.js$/.test(attributes.get("src") ?? "") ||
          attributes.get("type") === "application/ld+json" ||
          textOf(element) === REDIRECT_SCRIPT;
        assert.ok(
          allowed,
          `${page}: a script outside the allowlist is left: ${attributes.get("src") ?? textOf(element).slice(0, 60)}`,
        );
      }
      if (element.tagName === "link" && /preload/i.test(attributes.get("rel") ?? "")) {
        assert.notEqual(attributes.get("as"), "script", `${page}: a script preload is left: ${attributes.get("href")}`);
        assert.doesNotMatch(attributes.get("rel") ?? "", /modulepreload/i, `${page}: a module preload is left`);
      }
    }
  }
  const runtimeFiles = listExportedFiles(OUT, [".js", ".txt"]).filter(
    (file) =>
      (file.startsWith("_next/") && file.endsWith(".js")) ||
      /^[0-9a-f]+:/.test(readFileSync(path.join(OUT, file), "utf8").slice(0, 16)),
  );
  assert.deepEqual(runtimeFiles, []);
});

function* elements(node: DefaultTreeAdapterMap["node"]): Generator<Element> {
  if ("tagName" in node) yield node;
  const children = "content" in node ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
}
