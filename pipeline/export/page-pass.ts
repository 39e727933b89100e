/**
 * Post-export step: the one pass that reads and writes each exported page once (process-page.ts), once the
 * runtime's files are deleted. On one thread: worker threads saved about 1 s at 1,000 posts and were idle below
 * 800 pages (docs/performance.md), so they went in issue 23.
 */
import { site } from "../../lib/site";
import { listExportedFiles, PAGE_EXTENSIONS } from "./exported-files";
import type { PostExportStep } from "./step";
import { processPage, type PageSettings } from "./process-page";
import { deleteRuntimeFiles, refuseClientComponents, RUNTIME_FILE_EXTENSIONS } from "../next/strip-client-runtime";

/** The step; steps that write pages must come before it, and those that read them after. */
export const pagePassStep: PostExportStep = {
  name: "pages: strip Next's runtime, pin inline scripts, collect links",
  run(siteDir, context) {
    refuseClientComponents();
    const settings: PageSettings = { runtime: `${site.basePath}/_next/`, basePath: site.basePath, siteUrl: site.url };
    const pages = listExportedFiles(siteDir, PAGE_EXTENSIONS);
    deleteRuntimeFiles(siteDir, listExportedFiles(siteDir, RUNTIME_FILE_EXTENSIONS));
    if (context) context.pageTargets = processPages(siteDir, pages, settings);
  },
};

/** Process every page of `pages` in order, stopping at the first that fails; returns each page's site paths. */
export function processPages(siteDir: string, pages: readonly string[], settings: PageSettings): Map<string, string[]> {
  return new Map(pages.map((file) => [file, processPage(siteDir, file, settings)]));
}
