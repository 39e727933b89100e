import { spawn } from "node:child_process";
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseGeneratingLine, readStaticGenerationSeconds } from "./next-trace";
import { sampleProcessTree, type MemoryPeak } from "./process-tree";

/** One timed `npm run build`: wall time, peak memory of the whole process tree, and Next's phases. */
export type BuildRun = {
  wallSeconds: number;
  /** User + system CPU seconds of the whole tree (from /usr/bin/time): steadier than wall time on a busy machine. */
  cpuSeconds: number;
  memory: MemoryPeak;
  /** Seconds from the start at which each phase of the build ended, from its output. */
  phases: Record<string, number>;
  /** Worker processes Next reported for collecting page data and for static generation. */
  pageDataWorkers: number | undefined;
  staticWorkers: number | undefined;
  pagesGenerated: number | undefined;
  /** Seconds of Next's static generation, from the static-generation span of .next/trace. */
  staticGenerationSeconds: number | undefined;
  /** The image step's own line (pipeline/steps/process-images.ts): its seconds and how many files it encoded. */
  images: { seconds: number; encoded: number; originals: number } | undefined;
};

// Lines of the build's output that end a phase, in order.
const MARKERS: [string, RegExp][] = [
  ["read posts", /Creating an optimized production build/],
  ["compile", /Compiled successfully/],
  ["typescript", /Finished TypeScript/],
  ["page data", /Generating static pages using/],
  // Next prints no progress, nor this line, when its workers are threads: the next phase's start ends it then.
  ["static pages", /✓ Generating static pages|Finalizing page optimization/],
  ["finalize", /Finalizing page optimization/],
  ["post-export", /Static site written to/],
];

/**
 * Run `npm run build` with `env`, write its output to `logFile`, and measure it; rejects if it fails. A clean
 * build starts without .next (Next's intermediates and compile cache) and without .cache (posts, images,
 * cards and tsc state kept between builds); a warm one keeps both, as a rebuild on a developer's machine does.
 */
export function runBuild(env: Record<string, string>, logFile: string, { clean = true } = {}): Promise<BuildRun> {
  // Next deletes its previous intermediates first: not part of this build's cost.
  if (clean) for (const dir of [".next", ".cache"]) rmSync(dir, { recursive: true, force: true });
  const timeFile = `${logFile}.time`;
  const started = performance.now();
  const child = spawn("/usr/bin/time", ["-f", "%U %S", "-o", timeFile, "npm", "run", "build"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const phases: Record<string, number> = {};
  // A sample belongs to the first phase whose end marker has not been seen yet.
  const current = () => MARKERS.find(([phase]) => !(phase in phases))?.[0] ?? "end";
  const sampler = sampleProcessTree(child.pid ?? 0, current);
  const log = createWriteStream(logFile);
  let pageDataWorkers: number | undefined;
  let staticWorkers: number | undefined;
  let pagesGenerated: number | undefined;
  let images: BuildRun["images"];
  const onOutput = (chunk: Buffer) => {
    log.write(chunk);
    const seconds = (performance.now() - started) / 1000;
    for (const line of chunk.toString().split("\n")) {
      for (const [phase, marker] of MARKERS) if (!(phase in phases) && marker.test(line)) phases[phase] = seconds;
      const imageLine = /images: (\d+) originals, \d+ files published, (\d+) encoded .* in ([\d.]+)s/.exec(line);
      if (imageLine)
        images = { originals: Number(imageLine[1]), encoded: Number(imageLine[2]), seconds: Number(imageLine[3]) };
      const collecting = /Collecting page data using (\d+) workers?/.exec(line);
      if (collecting) pageDataWorkers = Number(collecting[1]);
      const generating = parseGeneratingLine(line);
      if (generating) {
        staticWorkers = generating.workers;
        pagesGenerated = generating.pages;
      }
    }
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  return new Promise((resolve, reject) => {
    child.on("close", (code) => {
      const memory = sampler.stop();
      log.end();
      const wallSeconds = (performance.now() - started) / 1000;
      const [user = 0, system = 0] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-2).map(Number);
      // The export goes to the staging folder (NEXT_DIST_DIR), Next's intermediates and trace to .next/.
      const staticGenerationSeconds = code === 0 ? readStaticGenerationSeconds(".next") : undefined;
      if (clean) rmSync(".next", { recursive: true, force: true });
      if (code !== 0) reject(new Error(`npm run build exited with ${code}: see ${logFile}`));
      else
        resolve({
          wallSeconds,
          cpuSeconds: user + system,
          memory,
          phases,
          pageDataWorkers,
          staticWorkers,
          pagesGenerated,
          staticGenerationSeconds,
          images,
        });
    });
  });
}
