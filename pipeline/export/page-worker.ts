/** A worker thread of the page pass: processes the pages it is given and posts back their site paths. */
import { parentPort, workerData } from "node:worker_threads";
import { processPage, type PageSettings } from "./process-page";

/** What the page pass hands each worker. */
export type PageWork = { siteDir: string; files: string[]; settings: PageSettings };
/** What a worker posts back: every page's site paths, or the first page that failed and why. */
export type PageResult = { targets: [string, string[]][] } | { failed: { file: string; message: string } };

const { siteDir, files, settings } = workerData as PageWork;
const targets: [string, string[]][] = [];
let result: PageResult = { targets };
for (const file of files) {
  try {
    targets.push([file, processPage(siteDir, file, settings)]);
  } catch (error) {
    result = { failed: { file, message: error instanceof Error ? error.message : String(error) } };
    break;
  }
}
parentPort?.postMessage(result);
