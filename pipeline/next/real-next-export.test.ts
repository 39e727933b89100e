import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, it } from "node:test";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { htmlElements } from "../../lib/check/public-documents";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";
import { listExportedFiles, PAGE_EXTENSIONS } from "../export/exported-files";
import { processPages } from "../export/page-pass";
import { nextExperimentalFlags } from "./experimental-flags";
import { deleteRuntimeFiles, RUNTIME_FILE_EXTENSIONS } from "./strip-client-runtime";

// A real `next build` of a tiny App Router site (test/fixtures/next-app), with the site's own settings,
// exported and put through the page pass. When a Next or React upgrade changes what an export holds, this
// fails, not production.
const FIXTURE = path.resolve("test/fixtures/next-app");
const WORK = path.resolve(".test-builds/next-app");
const OUT = path.join(WORK, "out");
const CONFIG = {
  output: "export",
  trailingSlash: true,
  reactStrictMode: true,
  experimental: nextExperimentalFlags(false),
};

// Every kind of file the export may hold once the page pass has run, and why. A file of any other kind is
// something a Next release started writing that nobody has looked at: it fails here (README.md).
const RECOGNISED: [kind: RegExp, why: string][] = [
  [/^(.+\/)?index\.html$/, "a page"],
  [/^404\.html$/, "the page static hosts serve for a missing path"],
  [/^_next\/static\/chunks\/[\w-]+\.css$/, "a stylesheet the pages link"],
  [/^icon\.svg$/, "app/icon.svg, linked from every page's head"],
  [/^_next\/static\/media\/icon\.[\w-]+\.svg$/, "app/icon.svg again, as Turbopack copies every asset it bundles"],
];

type Element = DefaultTreeAdapterMap["element"];

before(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(FIXTURE, WORK, { recursive: true });
  writeFileSync(path.join(WORK, "next.config.mjs"), `export default ${JSON.stringify(CONFIG)};\n`);
  const next = path.resolve("node_modules/next/dist/bin/next");
  const build = spawnSync(process.execPath, [next, "build"], {
    cwd: WORK,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  assert.equal(build.status, 0, `next build of the fixture failed:\n${build.stdout}\n${build.stderr}`);
});

after(() => rmSync(WORK, { recursive: true, force: true }));

it("leaves only the site's own scripts in every page of a real Next export, and only files it knows", () => {
  const pages = listExportedFiles(OUT, PAGE_EXTENSIONS);
  assert.ok(pages.includes("index.html") && pages.includes("items/2/index.html"), pages.join(", "));
  const before = pages.map((page) => readFileSync(path.join(OUT, page), "utf8")).join("");
  assert.match(
    before,
    /self\.__next_f|_next\/static\/chunks\/[^"]+\.js/,
    "the export should hold Next's runtime to strip",
  );

  deleteRuntimeFiles(OUT, listExportedFiles(OUT, RUNTIME_FILE_EXTENSIONS));
  processPages(OUT, pages, { basePath: "", url: "https://example.org" });

  for (const page of pages) {
    const document = parse(readFileSync(path.join(OUT, page), "utf8"));
    for (const element of htmlElements(document)) {
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
  const files = readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(OUT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
  assert.ok(
    files.some((file) => file.endsWith(".css")),
    "the fixture's stylesheet is exported",
  );
  const unknown = files.filter((file) => !RECOGNISED.some(([kind]) => kind.test(file)));
  assert.deepEqual(unknown, [], "files of a kind the export has not had before: see pipeline/next/README.md");
});

function textOf(element: Element): string {
  return element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
}
