/**
 * `npm run bench -- --scenario pathological`: time `npm run check` to its error on each hostile post of
 * pathological-inputs.ts (front matter that would run code, alias cycles, deep nesting, far-off dates).
 *
 * `npm run bench -- [--sizes 100,300,1000] [--seed 1] [--sponsors off|inline|registry] [--photos 60] [--keep] [--rebuilds 3]`:
 * for each size, generate a seeded synthetic corpus in .bench/corpora/ (its first writeups sharing out
 * --photos event photos of 3000×2000, 1–2 MB, two to ten a writeup), run a clean `npm run build` of it
 * into .bench/out/, and report wall time, peak memory of the build's process tree, marginal milliseconds
 * per post, and the size of the export. Each build starts with an empty image cache; the smallest size is
 * then built once more on the warm cache, and the image step's time cold and warm gets a line of its own.
 * With --rebuilds N, each size is also built N rounds of clean, warm (caches kept) and one-post-added
 * (bench/measure/rebuilds.ts), and the marginal cost of a post of each kind is printed. Right after each
 * size's clean build, the bare app of bench/framework/bare-app.ts is built with as many pages on the same
 * workers, and that size's static generation a page is printed against it, from Next's trace (site / bare: the
 * figure to compare between runs on a noisy machine). The tables are also written to .bench/results/<timestamp>.json.
 * A benchmark, not a test: it prints the budgets it is held to but never fails on them.
 */
import { cpus, loadavg, totalmem } from "node:os";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCorpus } from "./corpus/corpus";
import { generatePhotos } from "./corpus/corpus-photos";
import { buildBareApp } from "./framework/bare-app";
import { measureFolder } from "./measure/folder-size";
import { compareWithBare, formatFrameworkRatios } from "./framework/framework-ratio";
import type { StaticGeneration } from "./measure/next-trace";
import { parseBenchArgs } from "./options";
import { runPathologicalScenario } from "./measure/pathological";
import { msPerPost } from "./measure/per-post";
import {
  formatRebuildMarginals,
  formatRebuilds,
  measureRebuilds,
  rebuildMarginals,
  type RebuildTimes,
} from "./measure/rebuilds";
import { runBuild, type BuildRun } from "./measure/run-build";
import { formatTable, mebibytes } from "./measure/table";

// The realistic scale is 1,000 posts and 1,000 photos (issue 23): no size past it is budgeted.
const BUDGET = { msPerPost: 10, peakBytes: 1.5 * 2 ** 30 };
// The marginal cost a post the rebuild rounds are held to: clean (cold) and on kept caches (warm).
const REBUILD_BUDGET = { coldMsPerPost: 15, warmMsPerPost: 10 };
// Before the limits of lib/markdown/body-limits.ts and lib/content/front-matter.ts, some of these ran for minutes.
const PATHOLOGICAL_TIMEOUT_SECONDS = 300;
const root = path.resolve(".bench");

type Row = BuildRun & { posts: number; drafts: number; outBytes: number; files: number; htmlPages: number };

const options = parseBenchArgs(process.argv.slice(2));
if (options.scenario === "pathological") {
  const runs = runPathologicalScenario(path.join(root, "pathological"), PATHOLOGICAL_TIMEOUT_SECONDS);
  const file = path.join(root, "results", `pathological-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ node: process.version, cpus: cpus().length, runs }, null, 2));
  console.log(`\nWritten to ${path.relative(".", file)}`);
  process.exit(0);
}
const conditions = { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, loadBefore: loadavg() };
const rows: Row[] = [];
const rebuilds: RebuildTimes[] = [];
for (const dir of ["results", "logs"]) mkdirSync(path.join(root, dir), { recursive: true });

const publicDir = path.join(root, "public", `${options.seed}-${options.photos}`);
const imageCache = path.join(root, "image-cache");
console.log(`▶ ${options.photos} event photos in ${path.relative(".", publicDir)}/`);
const eventPhotos = await generatePhotos(publicDir, options.photos, options.seed);
const imagePhase: string[] = [];
const bares = new Map<number, StaticGeneration>();
for (const size of options.sizes) {
  const postsDir = path.join(root, "corpora", String(size));
  const outDir = path.join(root, "out", String(size));
  const corpus = { directory: postsDir, size, seed: options.seed, sponsors: options.sponsors, eventPhotos };
  const { drafts } = generateCorpus(corpus);
  const env = { POSTS_DIR: postsDir, OUT_DIR: outDir, PUBLIC_DIR: publicDir, IMAGE_CACHE_DIR: imageCache };
  console.log(`▶ ${size} posts (${drafts} drafts): npm run build with POSTS_DIR=${path.relative(".", postsDir)}`);
  rmSync(imageCache, { recursive: true, force: true });
  const run = await runBuild(env, path.join(root, "logs", `build-${size}.log`));
  rows.push({ posts: size, drafts, ...run, ...measureOut(measureFolder(outDir)) });
  console.log(`  ${run.wallSeconds.toFixed(1)} s, peak ${mebibytes(run.memory.rssSum)} MiB RSS over the tree`);
  // Beside each clean build, with as many pages (1,000 if Next did not say): like with like, under the same load.
  const bare = buildBare(run.pagesGenerated ?? 1000);
  if (bare) bares.set(size, bare);
  if (size === options.sizes[0]) {
    console.log(`▶ ${size} posts again, on the warm image cache`);
    const warm = await runBuild(env, path.join(root, "logs", `build-${size}-warm.log`));
    imagePhase.push(describeImagePhase(size, run, warm));
  }
  if (options.rebuilds > 0) {
    // Images cached under .cache/ here, so that each clean round starts without them too.
    const rebuildEnv = { ...env, IMAGE_CACHE_DIR: path.join(".cache", "bench-images") };
    rebuilds.push(await measureRebuilds(size, rebuildEnv, path.join(root, "logs"), options.rebuilds));
  }
  if (!options.keep) for (const dir of [postsDir, outDir]) rmSync(dir, { recursive: true, force: true });
}

const perPost = (seconds: (row: Row) => number) =>
  rows.map((row, index) => {
    const previous = rows[index - 1];
    return (
      previous &&
      msPerPost({ posts: previous.posts, seconds: seconds(previous) }, { posts: row.posts, seconds: seconds(row) })
    );
  });
const marginal = perPost((row) => row.wallSeconds);
const marginalCpu = perPost((row) => row.cpuSeconds);
const headers = [
  "posts",
  "pages",
  "wall s",
  "CPU s",
  "peak RSS MiB",
  "peak PSS MiB",
  "ms/post",
  "CPU ms/post",
  "out MiB",
  "files",
];
const table = formatTable(
  headers,
  rows.map((row, index) => [
    row.posts,
    row.htmlPages,
    row.wallSeconds.toFixed(1),
    row.cpuSeconds.toFixed(1),
    mebibytes(row.memory.rssSum),
    mebibytes(row.memory.pssSum),
    marginal[index]?.toFixed(2) ?? "–",
    marginalCpu[index]?.toFixed(2) ?? "–",
    mebibytes(row.outBytes),
    row.files,
  ]),
);
const phaseNames = [...new Set(rows.flatMap((row) => Object.keys(row.phases)))];
const phases = formatTable(
  ["posts", "workers", ...phaseNames.map((name) => `${name} s`)],
  rows.map((row) => [
    row.posts,
    `${row.pageDataWorkers ?? "?"} + ${row.staticWorkers ?? "?"}`,
    ...phaseNames.map((name) => phaseSeconds(row, name)),
  ]),
);
const phaseMemory = formatTable(
  ["posts", ...phaseNames],
  rows.map((row) => [row.posts, ...phaseNames.map((name) => mebibytes(row.memory.byPhase[name] ?? 0))]),
);
const frameworkRatios = compareWithBare(rows, bares);
const marginals = rebuildMarginals(rebuilds);
const conditionsAfter = { ...conditions, loadAfter: loadavg() };
console.log(`\n${table}\n\nWhere the time went (seconds in each phase of the build's output; workers: Next's`);
console.log(`processes collecting page data + generating pages, each of which loads the posts once):\n\n${phases}`);
console.log(`\nPeak RSS summed over the process tree during each phase (MiB):\n\n${phaseMemory}`);
for (const row of rows) {
  const big = row.memory.byProcess.filter((entry) => entry.rss >= 32 * 2 ** 20);
  const lines = big.map((entry) => [entry.pid, mebibytes(entry.rss), mebibytes(entry.pss), entry.command]);
  console.log(
    `\nPeak memory of each process over 32 MiB, ${row.posts} posts:\n\n${formatTable(["pid", "RSS MiB", "PSS MiB", "command"], lines)}`,
  );
}
if (rebuilds.length > 0) {
  console.log(
    `\nRebuilds (wall seconds, median and range over ${options.rebuilds} rounds; budget: one post added ≤ half a clean build):\n`,
  );
  console.log(formatRebuilds(rebuilds));
}
if (marginals.length > 0) {
  const { coldMsPerPost, warmMsPerPost } = REBUILD_BUDGET;
  console.log(
    `\nMarginal ms a post between sizes, from those medians (budget: ≤ ${coldMsPerPost} clean, ≤ ${warmMsPerPost} warm):\n`,
  );
  console.log(formatRebuildMarginals(marginals));
}
if (frameworkRatios.length > 0) {
  console.log(`\nStatic generation (the static-generation span of Next's trace, pages from Next's output), against a`);
  console.log(
    `bare Next app of as many pages built right after, on the same workers (site / bare: a site page's cost in bare pages):\n`,
  );
  console.log(formatFrameworkRatios(frameworkRatios));
} else console.log("\nStatic generation of the bare Next app was not reported: no ratio.");
console.log(`\n${imagePhase.join("\n")}`);
console.log(`\n${describeConditions(conditionsAfter)}\n${verdicts().join("\n")}`);

const file = path.join(root, "results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      options,
      conditions: conditionsAfter,
      budget: { ...BUDGET, rebuilds: REBUILD_BUDGET },
      rows,
      marginal,
      marginalCpu,
      imagePhase,
      rebuilds,
      rebuildMarginals: marginals,
      staticGeneration: frameworkRatios,
    },
    null,
    2,
  ),
);
console.log(`\nWritten to ${path.relative(".", file)}`);

function buildBare(pages: number): StaticGeneration | undefined {
  console.log(`▶ a bare Next app of ${pages} one-line pages (bench/framework/bare-app.ts), on the site's workers`);
  const build = buildBareApp(path.join(root, "bare"), pages);
  writeFileSync(path.join(root, "logs", `bare-${pages}.log`), build.stdout);
  const generation = build.staticGeneration;
  if (generation) console.log(`  static generation ${generation.seconds.toFixed(1)} s for ${generation.pages} pages`);
  return generation;
}

function describeImagePhase(size: number, cold: BuildRun, warm: BuildRun): string {
  const part = (run: BuildRun) =>
    run.images ? `${run.images.seconds.toFixed(1)} s (${run.images.encoded} files encoded)` : "not reported";
  const originals = cold.images?.originals ?? 0;
  return `Image phase, ${size} posts, ${originals} originals (${options.photos} event photos): cold ${part(cold)}, warm ${part(warm)}; whole build ${cold.wallSeconds.toFixed(1)} s cold, ${warm.wallSeconds.toFixed(1)} s warm`;
}

function measureOut(measured: ReturnType<typeof measureFolder>) {
  return { outBytes: measured.bytes, files: measured.files, htmlPages: measured.htmlPages };
}

function phaseSeconds(row: Row, name: string): string {
  const names = Object.keys(row.phases);
  const end = row.phases[name];
  const index = names.indexOf(name);
  if (end === undefined) return "–";
  const start = index > 0 ? (row.phases[names[index - 1] ?? ""] ?? 0) : 0;
  return (end - start).toFixed(1);
}

function describeConditions(c: typeof conditionsAfter): string {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(" ");
  return `Machine: ${c.cpus} CPUs, ${mebibytes(c.memoryBytes)} MiB, Node ${c.node}; load average ${load(c.loadBefore)} before, ${load(c.loadAfter)} after.`;
}

function verdicts(): string[] {
  const lines = marginal.flatMap((ms, index) =>
    ms === undefined
      ? []
      : [
          `${ms <= BUDGET.msPerPost ? "within" : "OVER  "} budget: ${ms.toFixed(2)} ms per post marginal (≤ ${BUDGET.msPerPost}) between ${rows[index - 1]?.posts} and ${rows[index]?.posts}`,
        ],
  );
  for (const row of rows) {
    const within = row.memory.rssSum <= BUDGET.peakBytes;
    lines.push(
      `${within ? "within" : "OVER  "} budget: ${row.posts} posts, peak ${mebibytes(row.memory.rssSum)} MiB RSS summed (≤ ${mebibytes(BUDGET.peakBytes)})`,
    );
  }
  return lines;
}
