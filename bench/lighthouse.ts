/**
 * `npm run lighthouse -- [--runs 3] [--port 3690] [--site <export>]`: build a fresh export into
 * .bench/lighthouse/site (or copy an existing one with --site), precompress it as static hosts do, serve it with
 * tools/serve-static.ts, and run Lighthouse 12.2.3 (mobile) on each page marked `budget` in
 * e2e/page-types.ts. Prints the scores and the page budget (JS and CSS gzip on first load, third-party
 * requests, CLS), each the median run by performance; the full reports stay in .bench/lighthouse/.
 * With ../shared present, the build also holds a photo-heavy writeup of the old blog's real photos
 * (bench/measure/photo-page.ts), measured the same way and, on a 390×844 phone at DPR 3, scrolled to its end.
 * A measurement, not a test: it prints verdicts but does not fail on them.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { PAGE_TYPES } from "../e2e/page-types";
import { firstLoadFiles, totalKib } from "./measure/first-load";
import { runLighthouse, type LighthouseResult } from "./measure/lighthouse-run";
import { preparePhotoPage } from "./measure/photo-page";
import { precompress } from "./measure/precompress";
import { measureScrolledWeight } from "./measure/scroll-weight";
import { startStaticServer } from "./measure/static-server";
import { formatTable } from "./measure/table";
import { toolEnv } from "../lib/env";

const TARGETS = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 } as const;
const BUDGET = { jsKib: 100, cssKib: 20, lcpMs: 2500, firstKib: 300, scrolledKib: 1536 };
const args = new Map<string, string>();
for (let index = 2; index < process.argv.length; index += 2)
  args.set(process.argv[index] ?? "", process.argv[index + 1] ?? "");
const runs = Number(args.get("--runs") ?? 3);
const port = Number(args.get("--port") ?? toolEnv.lighthousePort);
const root = path.resolve(".bench", "lighthouse");
const siteDir = path.join(root, "site");
mkdirSync(root, { recursive: true });

const given = args.get("--site");
if (given) {
  // A copy, so that the .gz files written next to it never land in the given export.
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(path.resolve(given), siteDir, { recursive: true });
}
const photoPage = given ? undefined : preparePhotoPage(root);
if (!given) {
  if (!photoPage) console.log("▶ no ../shared/jekyll-site/images: the photo-heavy writeup is not measured");
  console.log(`▶ npm run build with OUT_DIR=${path.relative(".", siteDir)}`);
  const env = { ...process.env, OUT_DIR: siteDir, ...photoPage?.env };
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(1);
}
console.log(`▶ ${precompress(siteDir)} files precompressed with gzip`);
const server = await startStaticServer(siteDir, port);
const loadBefore = loadavg();
const pages = [
  ...PAGE_TYPES.filter((page) => page.budget),
  ...(photoPage ? [{ name: "photo writeup", path: photoPage.path }] : []),
];
const results: {
  name: string;
  path: string;
  median: LighthouseResult;
  performanceRange: number[];
  js: number;
  css: number;
  scrolled?: { bytes: number; requests: number };
}[] = [];
try {
  for (const page of pages) {
    const all: LighthouseResult[] = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`▶ lighthouse ${page.path} (run ${run} of ${runs})`);
      all.push(
        runLighthouse(`${server.origin}${page.path}`, path.join(root, `${page.name.replace(/\W+/g, "-")}-${run}.json`)),
      );
    }
    all.sort((a, b) => a.scores.performance - b.scores.performance);
    const median = all[Math.floor(all.length / 2)] ?? all[0];
    if (!median) throw new Error("no Lighthouse run");
    const files = firstLoadFiles(siteDir, page.path);
    const performanceRange = all.map((result) => result.scores.performance);
    results.push({
      ...page,
      median,
      performanceRange,
      js: totalKib(files, "script"),
      css: totalKib(files, "stylesheet"),
      scrolled: page.path === photoPage?.path ? await measureScrolledWeight(`${server.origin}${page.path}`) : undefined,
    });
  }
} finally {
  server.stop();
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`\nLighthouse 12.2.3, mobile preset, median of ${runs} by performance:\n`);
console.log(
  formatTable(
    ["page", "performance", "accessibility", "best practices", "SEO", "runs (perf)"],
    results.map(({ name, path: url, median, performanceRange }) => [
      `${name} ${url}`,
      median.scores.performance,
      median.scores.accessibility,
      median.scores["best-practices"],
      median.scores.seo,
      performanceRange.join(" "),
    ]),
  ),
);
console.log(
  "\nPage budget (JS ≤ 100 KiB and CSS ≤ 20 KiB gzip on first load; ≤ 300 KiB in all before scrolling; LCP ≤ 2.5 s; no third party; CLS 0; the photo writeup ≤ 1.5 MiB scrolled to its end at 390×844 DPR 3):\n",
);
console.log(
  formatTable(
    [
      "page",
      "JS gzip KiB",
      "CSS gzip KiB",
      "LH script KiB",
      "LH image KiB",
      "LH total KiB",
      "scrolled KiB (requests)",
      "third-party",
      "CLS",
      "LCP ms",
      "TBT ms",
    ],
    results.map(({ name, median, js, css, scrolled }) => [
      name,
      js.toFixed(1),
      css.toFixed(1),
      kib(median.transfer.script),
      kib(median.transfer.image),
      kib(median.transfer.total),
      scrolled ? `${kib(scrolled.bytes)} (${scrolled.requests})` : "–",
      median.thirdPartyRequests.length,
      median.cls.toFixed(3),
      median.lcpMs.toFixed(0),
      median.tbtMs.toFixed(0),
    ]),
  ),
);
const verdicts = results.flatMap(({ name, median, js, css, scrolled }) => [
  ...Object.entries(TARGETS).flatMap(([category, target]) => {
    const value = median.scores[category as keyof typeof TARGETS];
    return value < target ? [`below target: ${name} ${category} ${value} (≥ ${target})`] : [];
  }),
  ...(js > BUDGET.jsKib
    ? [`over budget: ${name} JS ${js.toFixed(1)} KiB (≤ ${BUDGET.jsKib}; docs/performance.md: framework floor)`]
    : []),
  ...(css > BUDGET.cssKib ? [`over budget: ${name} CSS ${css.toFixed(1)} KiB (≤ ${BUDGET.cssKib})`] : []),
  ...(median.cls > 0 ? [`over budget: ${name} CLS ${median.cls}`] : []),
  ...(median.lcpMs > BUDGET.lcpMs
    ? [`over budget: ${name} LCP ${median.lcpMs.toFixed(0)} ms (≤ ${BUDGET.lcpMs})`]
    : []),
  ...(median.transfer.total > BUDGET.firstKib * 1024
    ? [`over budget: ${name} ${kib(median.transfer.total)} KiB before scrolling (≤ ${BUDGET.firstKib})`]
    : []),
  ...(scrolled && scrolled.bytes > BUDGET.scrolledKib * 1024
    ? [`over budget: ${name} ${kib(scrolled.bytes)} KiB scrolled to its end (≤ ${BUDGET.scrolledKib})`]
    : []),
  ...median.thirdPartyRequests.map((url) => `third party: ${name} requested ${url}`),
  ...median.failing.map((audit) => `  ${name}: ${audit}`),
]);
console.log(`\n${verdicts.length ? verdicts.join("\n") : "Every target met."}`);
const load = `load average ${loadBefore.map((value) => value.toFixed(2)).join(" ")} before, ${loadavg()
  .map((value) => value.toFixed(2))
  .join(" ")} after`;
console.log(`Conditions: ${load}; reports in ${path.relative(".", root)}/`);
const file = path.resolve(".bench", "results", `lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify({ runs, load, results }, null, 2));
console.log(`Written to ${path.relative(".", file)}`);
