import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";

// docs/architecture.md is the map a newcomer reads first: these fail when the code grows a folder or an
// environment variable the map does not show.
const MAP = readFileSync("docs/architecture.md", "utf8");
const SOURCE_ROOTS = ["lib", "components", "pipeline", "tools", "bench", "test", "e2e"];

/** The part of the map under `heading`, up to the next heading of its level. */
function section(heading: string): string {
  const start = MAP.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `docs/architecture.md has no "${heading}" section`);
  return MAP.slice(start + heading.length + 2).split(/\n## /)[0] ?? "";
}

/** Every folder under `root` that holds a module, fixtures aside. */
function sourceFolders(root: string): string[] {
  const entries = readdirSync(root, { withFileTypes: true });
  const own = entries.some((entry) => entry.isFile() && /\.(ts|tsx|mjs|sh)$/.test(entry.name)) ? [root] : [];
  const below = entries
    .filter((entry) => entry.isDirectory() && entry.name !== "fixtures")
    .flatMap((entry) => sourceFolders(path.posix.join(root, entry.name)));
  return [...own, ...below];
}

it("the folder map names every folder of source, tests and benchmarks", () => {
  const folders = section("## Folders");
  const missing = SOURCE_ROOTS.flatMap(sourceFolders).filter((folder) => !folders.includes(`\`${folder}/\``));
  assert.deepEqual(missing, [], "add a row for each to the Folders table of docs/architecture.md");
});

it("the table of environment variables names every variable lib/env.ts reads, and no other, seams as seams", () => {
  // Each reader of lib/env.ts: its JSDoc, then the variables its body reads.
  const getters = [
    ...readFileSync("lib/env.ts", "utf8").matchAll(/\/\*\*((?:(?!\*\/).)*)\*\/\s+\w+: \(\) =>(.*?),\n/gs),
  ];
  const variables = getters.flatMap(([, doc = "", body = ""]) =>
    [...body.matchAll(/process\.env\.([A-Z0-9_]+)/g)].map(([, name = ""]) => ({
      name,
      seam: doc.includes("Test seam"),
    })),
  );
  const rows = new Map(
    [...section("## Environment variables").matchAll(/^\| `([A-Z0-9_]+)` +\|(.*)$/gm)].map(
      ([, name = "", row = ""]) => [name, row],
    ),
  );
  assert.ok(variables.length > 10, "lib/env.ts reads the variables");
  assert.deepEqual([...new Set(variables.map(({ name }) => name))].sort(), [...rows.keys()].sort());
  for (const { name, seam } of variables)
    assert.equal(/test seam/i.test(rows.get(name) ?? ""), seam, `${name}: marked a test seam in one place only`);
});
