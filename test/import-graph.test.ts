import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { countModulesByFolder, findFolderCycles, readImportGraph, type ImportGraph } from "./support/import-graph";

// The project's own tree: these tests fail when a change leaves the folders harder to follow.
const graph = readImportGraph(fileURLToPath(new URL("..", import.meta.url)));
const MAX_MODULES = 15;

test("no two folders import each other, directly or through other folders", () => {
  assert.ok(graph.has("lib/collection/posts.ts"), "the graph reads the project's modules");
  assert.deepEqual(findFolderCycles(graph), [], "folders that import each other: move the shared part below both");
});

test("pipeline/ and tools/ do not import each other: the build runs no developer command, and the reverse", () => {
  const crossing = [...graph].flatMap(([file, targets]) =>
    targets
      .filter((target) => /^(pipeline|tools)\//.test(file) && /^(pipeline|tools)\//.test(target))
      .filter((target) => file.split("/")[0] !== target.split("/")[0])
      .map((target) => `${file} -> ${target}`),
  );
  assert.deepEqual(crossing, []);
});

test(`no folder holds more than ${MAX_MODULES} modules, tests and test support aside`, () => {
  const crowded = countModulesByFolder(graph).filter(([, modules]) => modules > MAX_MODULES);
  assert.deepEqual(crowded, [], "a folder this full holds two ideas: split it into subfolders (git mv)");
});

test("a cycle through a third folder is found, and tests importing across folders are not one", () => {
  const tangled: ImportGraph = new Map([
    ["lib/a/one.ts", ["lib/b/two.ts"]],
    ["lib/b/two.ts", ["lib/c/three.ts"]],
    ["lib/c/three.ts", ["lib/a/one.ts"]],
    ["lib/d/four.ts", ["lib/a/one.ts"]],
    ["lib/a/one.test.ts", ["lib/d/four.ts"]],
  ]);
  // Each import that closes a cycle is named once, as a pair of folders; lib/d is in none, its test aside.
  assert.deepEqual(findFolderCycles(tangled), [
    ["lib/a", "lib/b"],
    ["lib/b", "lib/c"],
  ]);
});

test("a cycle between two folders through their subfolders is found", () => {
  const tangled: ImportGraph = new Map([
    ["pipeline/export/step.ts", ["tools/check.ts"]],
    ["tools/jekyll/import.ts", ["pipeline/build.ts"]],
    ["lib/site.ts", ["lib/content/dates.ts"]],
  ]);
  // lib/ and lib/content/ are one folder and its own subfolder, not siblings: no cycle there.
  assert.deepEqual(findFolderCycles(tangled), [["pipeline", "tools"]]);
});
