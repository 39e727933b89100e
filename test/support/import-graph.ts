import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Every TypeScript module of the project and the project modules each one imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;
const SKIPPED = new Set(["node_modules", ".git", ".next", ".next-server", "out", ".test-builds", ".bench", ".cache"]);

/** Read the import graph of the project at `root`, resolving imports as tsconfig.json does. */
export function readImportGraph(root: string): ImportGraph {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const options = config?.options ?? {};
  const graph: ImportGraph = new Map();
  for (const file of listSources(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule)
      .filter((resolved) => resolved && !resolved.isExternalLibraryImport)
      .map((resolved) => path.relative(root, resolved?.resolvedFileName ?? ""))
      .filter((target) => SOURCE.test(target) && !target.startsWith(".."));
    graph.set(path.relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) return [];
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : listSources(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/**
 * Pairs of folders that import each other, directly or through other folders: each is a cycle. A folder is
 * taken with its subfolders too, against its siblings: `pipeline/export/` importing `tools/` and
 * `tools/jekyll/` importing `pipeline/` make `pipeline` and `tools` a cycle.
 */
export function findFolderCycles(graph: ImportGraph): string[][] {
  const edges = new Map<string, Set<string>>();
  const addEdge = (from: string, to: string) => edges.set(from, (edges.get(from) ?? new Set()).add(to));
  for (const [file, targets] of graph) {
    if (isTest(file)) continue;
    for (const target of targets) {
      const from = path.dirname(file);
      const to = path.dirname(target);
      if (from === to) continue;
      addEdge(from, to);
      const siblings = siblingFolders(from, to);
      if (siblings) addEdge(...siblings);
    }
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    seen.add(from);
    return [...(edges.get(from) ?? [])].some((next) => !seen.has(next) && reaches(next, to, seen));
  };
  const cycles: string[][] = [];
  for (const [from, targets] of edges) {
    for (const to of targets) if (from < to && reaches(to, from)) cycles.push([from, to]);
  }
  return cycles;
}

// The two folders, children of one parent, that hold `from` and `to` ("pipeline/export", "tools/jekyll" ->
// "pipeline", "tools"); none when one folder holds the other.
function siblingFolders(from: string, to: string): [string, string] | undefined {
  const a = from.split("/");
  const b = to.split("/");
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  if (shared === a.length || shared === b.length) return undefined;
  const prefix = a.slice(0, shared + 1).join("/");
  const other = b.slice(0, shared + 1).join("/");
  return prefix === from && other === to ? undefined : [prefix, other];
}

/** How many modules each folder holds, tests and test support left out, largest first. */
export function countModulesByFolder(graph: ImportGraph): [folder: string, modules: number][] {
  const counts = new Map<string, number>();
  for (const file of graph.keys()) {
    if (!isTest(file)) counts.set(path.dirname(file), (counts.get(path.dirname(file)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function isTest(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || file.startsWith("test/") || file.startsWith("e2e/");
}
