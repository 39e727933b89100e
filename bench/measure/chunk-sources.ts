import { readFileSync } from "node:fs";
import path from "node:path";
import { SourceMapConsumer } from "source-map-js";

/** Raw bytes of a built script by the source file they came from, read from its source map. */
export function sourcesOf(siteDir: string, url: string): Map<string, number> {
  const file = path.join(siteDir, new URL(url, "http://site/").pathname);
  const code = readFileSync(file, "utf8");
  const bySource = new Map<string, number>();
  const mapName = /sourceMappingURL=(\S+)/.exec(code)?.[1];
  if (!mapName) return new Map([["(no source map)", code.length]]);
  const map = new SourceMapConsumer(JSON.parse(readFileSync(path.join(path.dirname(file), mapName), "utf8")));
  const lines = code.split("\n");
  let previous: { line: number; column: number; source: string } | undefined;
  const close = (line: number, column: number) => {
    if (!previous) return;
    const end = line === previous.line ? column : (lines[previous.line - 1]?.length ?? 0);
    bySource.set(previous.source, (bySource.get(previous.source) ?? 0) + end - previous.column);
  };
  map.eachMapping((mapping) => {
    close(mapping.generatedLine, mapping.generatedColumn);
    previous = { line: mapping.generatedLine, column: mapping.generatedColumn, source: mapping.source ?? "?" };
  });
  close(Number.POSITIVE_INFINITY, 0);
  return bySource;
}

/** A readable package-level name for a source: "react-dom", "next client/components", "app: components". */
function groupOf(source: string): string {
  const compiled = /compiled\/([^/]+)/.exec(source);
  if (compiled?.[1]) return compiled[1];
  const client = /next\/src\/client\/([^/]+)/.exec(source);
  if (client?.[1]) return `next client/${client[1].replace(/\.tsx?$/, "")}`;
  if (source.includes("[turbopack]")) return "turbopack runtime";
  if (!source.includes("node_modules") && !source.includes("next/src"))
    return `app: ${source.split("/").slice(-2).join("/")}`;
  return source
    .replace(/.*node_modules\//, "")
    .split("/")
    .slice(0, 2)
    .join("/");
}

/** Sum a map of bytes by source into bytes by group, largest first. */
export function byGroup(sources: Map<string, number>): [string, number][] {
  const groups = new Map<string, number>();
  for (const [source, bytes] of sources) groups.set(groupOf(source), (groups.get(groupOf(source)) ?? 0) + bytes);
  return [...groups].sort((a, b) => b[1] - a[1]);
}
