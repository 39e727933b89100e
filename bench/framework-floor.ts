/**
 * `npm run bench:floor -- [--pages 1000]`: the JavaScript Next itself puts on a page, against what this
 * site's export ships. Builds (1) the bare app of bench/framework/bare-app.ts with --pages one-line pages, to
 * time Next's static generation on its own, in .bench/floor/bare and (2) this site, by `npm run build`, in
 * .bench/floor/site.
 * For each it measures first-load JS the way `npm run lighthouse` does (scripts in the HTML, gzip level
 * 6); the bare app's chunks are broken down by package from their source maps.
 */
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PAGE_TYPES } from "../e2e/page-types";
import { buildBareApp } from "./framework/bare-app";
import { byGroup, sourcesOf } from "./measure/chunk-sources";
import { firstLoadFiles, totalKib, type LoadedFile } from "./measure/first-load";
import { msPerPage, type StaticGeneration } from "./measure/next-trace";
import { formatTable } from "./measure/table";

const root = path.resolve(".bench", "floor");
const barePages = Number(process.argv[process.argv.indexOf("--pages") + 1] ?? 1000) || 1000;

const bare = buildBareApp(path.join(root, "bare"), barePages);
process.stdout.write(bare.stdout);
const bareOut = bare.outDir;
const siteOut = buildSite(path.join(root, "site"));

const bareFiles = scripts(bareOut, "/");
const bareSources = merge(bareOut, bareFiles);
console.log(`\nA bare Next ${nextVersion()} app ("Hello", static export), first load:\n`);
console.log(
  formatTable(
    ["script", "bytes", "gzip bytes", "holds (raw bytes by source)"],
    bareFiles.map((file) => describe(bareOut, file)),
  ),
);
console.log(`\nTotal: ${totalKib(bareFiles, "script").toFixed(1)} KiB gzip. By package (raw bytes):`);
console.log(
  byGroup(bareSources)
    .slice(0, 8)
    .map(([group, bytes]) => `  ${group}: ${bytes}`)
    .join("\n"),
);
console.log(`\nStatic generation of the bare app: ${describeStaticGeneration(bare.staticGeneration)}.`);

const pages = PAGE_TYPES.filter((page) => page.budget);
console.log(
  `\nThis site's export (Next's client runtime taken out by pipeline/export/strip-client-runtime.ts), same measure:\n`,
);
console.log(
  formatTable(
    ["page", "JS gzip KiB", "scripts"],
    pages.map((page) => {
      const files = scripts(siteOut, page.path);
      const names = files.map((file) => `${path.basename(file.url)} ${file.gzipBytes} B`).join(", ");
      return [page.name, totalKib(files, "script").toFixed(1), names || "none"];
    }),
  ),
);

// The site as `npm run build` makes it, post-export steps included.
function buildSite(siteDir: string): string {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, OUT_DIR: siteDir } });
  if (build.status !== 0) throw new Error("the site did not build");
  return siteDir;
}

function scripts(siteDir: string, pagePath: string): LoadedFile[] {
  return firstLoadFiles(siteDir, pagePath).filter((file) => file.kind === "script");
}

function merge(siteDir: string, files: readonly LoadedFile[]): Map<string, number> {
  const all = new Map<string, number>();
  for (const file of files) {
    for (const [source, bytes] of sourcesOf(siteDir, file.url)) all.set(source, (all.get(source) ?? 0) + bytes);
  }
  return all;
}

function describe(siteDir: string, file: LoadedFile): (string | number)[] {
  const top = byGroup(sourcesOf(siteDir, file.url)).slice(0, 3);
  return [
    path.basename(file.url),
    file.bytes,
    file.gzipBytes,
    top.map(([group, bytes]) => `${group} ${bytes}`).join(", "),
  ];
}

function nextVersion(): string {
  return (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;
}

function describeStaticGeneration(generation: StaticGeneration | undefined): string {
  if (!generation) return "not reported (no static-generation span in .next/trace, or no worker line)";
  const { pages, seconds, workers } = generation;
  return `${pages} pages in ${seconds.toFixed(1)} s on ${workers} workers, ${msPerPage(generation).toFixed(1)} ms a page`;
}
