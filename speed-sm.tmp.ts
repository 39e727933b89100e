import { readFileSync, readdirSync } from "node:fs";
import { SourceMapConsumer } from "source-map-js";
const dir = ".bench/bare-next/out/_next/static/chunks";
for (const name of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
  const code = readFileSync(`${dir}/${name}`, "utf8");
  const mapName = /sourceMappingURL=(\S+)/.exec(code)?.[1];
  if (!mapName) { console.log(name, "no map"); continue; }
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/${mapName}`, "utf8")));
  const lines = code.split("\n");
  const bytes = new Map<string, number>();
  let prev: { line: number; col: number; src: string } | undefined;
  const add = (src: string, n: number) => bytes.set(src, (bytes.get(src) ?? 0) + n);
  map.eachMapping((m) => {
    if (prev) {
      const n = m.generatedLine === prev.line ? m.generatedColumn - prev.col : (lines[prev.line - 1]?.length ?? 0) - prev.col;
      add(prev.src, n);
    }
    prev = { line: m.generatedLine, col: m.generatedColumn, src: (m.source ?? "?").replace(/.*node_modules\//, "").replace(/^(next\/dist\/(compiled\/)?[^/]+(\/[^/]+)?).*/, "$1") };
  });
  console.log(name, code.length);
  for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log("   ", String(v).padStart(7), k);
}
