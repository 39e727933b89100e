/**
 * Post-export step: the one pass that reads and writes each exported page once (process-page.ts), shared
 * among worker threads, once the runtime's files are deleted.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { site } from "../../lib/site";
import { listExportedFiles, PAGE_EXTENSIONS } from "./exported-files";
import type { PageWork, PageResult } from "./page-worker";
import type { PostExportStep } from "./step";
import { processPage, type PageSettings } from "./process-page";
import { deleteRuntimeFiles, refuseClientComponents, RUNTIME_FILE_EXTENSIONS } from "../next/strip-client-runtime";

// Below this many pages a worker costs more to start (it loads TypeScript afresh) than it saves.
const PAGES_PER_WORKER = 400;

/** The step; steps that write pages must come before it, and those that read them after. */
export const pagePassStep: PostExportStep = {
  name: "pages: strip Next's runtime, pin inline scripts, collect links",
  async run(siteDir, context) {
    refuseClientComponents();
    const settings: PageSettings = { runtime: `${site.basePath}/_next/`, basePath: site.basePath, siteUrl: site.url };
    const pages = listExportedFiles(siteDir, PAGE_EXTENSIONS);
    const workers = Math.min(availableParallelism(), Math.floor(pages.length / PAGES_PER_WORKER));
    deleteRuntimeFiles(siteDir, listExportedFiles(siteDir, RUNTIME_FILE_EXTENSIONS));
    if (context) context.pageTargets = await processPages(siteDir, pages, settings, workers);
  },
};

/** Process every page of `pages`, on `workers` threads (none: on this one); returns each page's site paths. */
export async function processPages(
  siteDir: string,
  pages: readonly string[],
  settings: PageSettings,
  workers: number,
): Promise<Map<string, string[]>> {
  if (workers <= 1) return new Map(pages.map((file) => [file, processPage(siteDir, file, settings)]));
  // Dealt out in turn rather than cut in blocks, so that each thread gets its share of long and short pages.
  const shares = Array.from({ length: workers }, (_, worker) => pages.filter((_, index) => index % workers === worker));
  const results = await Promise.all(shares.map((files) => runWorker({ siteDir, files, settings })));
  // The first page in order that failed is the one a single pass over the pages would have stopped at.
  const failures = results.flatMap((result) => ("failed" in result ? [result.failed] : []));
  const first = failures.sort((a, b) => (a.file < b.file ? -1 : 1))[0];
  if (first) throw new Error(first.message);
  return new Map(results.flatMap((result) => ("targets" in result ? result.targets : [])));
}

// A worker thread does not inherit tsx's TypeScript loader from this process: it registers it first.
function runWorker(work: PageWork): Promise<PageResult> {
  const loader = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const script = JSON.stringify(new URL("./page-worker.ts", import.meta.url).href);
  const code = `import(${loader}).then(({ register }) => { register(); return import(${script}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: work });
    let result: PageResult | undefined;
    worker.on("message", (message: PageResult) => (result = message));
    worker.on("error", reject);
    worker.on("exit", (code) =>
      result ? resolve(result) : reject(new Error(`the page pass failed (a worker exited with ${code})`)),
    );
  });
}
