/**
 * Post-export step: the one pass that reads and writes each exported page once, once the runtime's files are
 * deleted. On one thread: worker threads saved about 1 s at 1,000 posts and were idle below 800 pages
 * (docs/performance.md), so they went in issue 23.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { site } from "../../lib/site";
import { findSiteTargets } from "./check-links";
import { pinInlineScripts } from "./content-security-policy";
import { listExportedFiles, PAGE_EXTENSIONS } from "./exported-files";
import type { PostExportStep } from "./step";
import {
  deleteRuntimeFiles,
  refuseClientComponents,
  RUNTIME_FILE_EXTENSIONS,
  stripRuntimeFromPage,
} from "../next/strip-client-runtime";

/** The step; steps that write pages must come before it, and those that read them after. */
export const pagePassStep: PostExportStep = {
  name: "pages: strip Next's runtime, pin inline scripts, collect links",
  run(siteDir, context) {
    refuseClientComponents();
    const pages = listExportedFiles(siteDir, PAGE_EXTENSIONS);
    deleteRuntimeFiles(siteDir, listExportedFiles(siteDir, RUNTIME_FILE_EXTENSIONS));
    if (context) context.pageTargets = processPages(siteDir, pages, site);
  },
};

/** Strip Next's runtime from each page and pin its inline scripts, stopping at the first that fails. */
export function processPages(siteDir: string, pages: readonly string[], at: Pick<typeof site, "basePath" | "url">) {
  // Each page's site paths, for the link check.
  return new Map<string, string[]>(
    pages.map((file) => {
      const full = path.join(siteDir, file);
      const html = pinInlineScripts(stripRuntimeFromPage(readFileSync(full, "utf8"), at.basePath, file), file);
      writeFileSync(full, html);
      return [file, findSiteTargets(file, html, at.basePath, at.url)];
    }),
  );
}
