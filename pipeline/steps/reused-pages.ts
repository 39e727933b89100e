import { keepPages, loadPageReuseList, restoreReusedPages } from "./page-reuse";
import type { PostExportStep } from "../export/step";

/**
 * Post-export step, right after the page pass: the pages kept from the last build (pipeline/steps/page-reuse.ts), which
 * Next did not render, go in their place, finished as the page pass leaves a page, with the site paths they
 * link to added to the pass's for the image step and the link check.
 */
export const reusedPagesStep: PostExportStep = {
  name: "pages kept from the last build",
  run(siteDir, context) {
    const list = loadPageReuseList();
    if (!list) return;
    const targets = restoreReusedPages(siteDir, list);
    if (context) context.pageTargets = new Map([...(context.pageTargets ?? []), ...targets]);
    const reused = list.pages.filter((page) => page.reused).length;
    const verb = list.verify ? "checked against a fresh render" : "taken as they were";
    console.log(`  ${reused} of ${list.pages.length} post and speaker pages ${verb}`);
  },
};

/** The last step: keep this build's post and speaker pages for the next one. */
export const keepPagesStep: PostExportStep = {
  name: "keep post and speaker pages for the next build",
  run(siteDir, context) {
    const list = loadPageReuseList();
    if (list && context?.pageTargets) keepPages(siteDir, list, context.pageTargets);
  },
};
