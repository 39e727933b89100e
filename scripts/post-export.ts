import { copyPublicDir } from "./copy-public-dir";
import { meetupCalendarsStep } from "./meetup-calendars";
import { removePlaceholders } from "./remove-placeholders";
import { writeRedirectFiles } from "./redirect-files";
import { searchIndexStep } from "./search-index";
import { socialImagesStep } from "./social-images";
import { checkLinksStep } from "./check-links";
import { pagePassStep } from "./page-pass";
import { processImagesStep } from "./process-images";
import { securityHeadersStep } from "./security-headers";

/** What one step leaves for the steps after it. */
export type StepContext = {
  /** Each exported page's site paths, found by the page pass for the link check. */
  pageTargets?: ReadonlyMap<string, readonly string[]>;
};

/** A step that runs on the exported site before it is moved into place; throwing stops the build. */
export type PostExportStep = { name: string; run: (siteDir: string, context?: StepContext) => void | Promise<void> };

/** The steps, in order. Each reads lib/ for what it needs and writes into the exported folder. */
const STEPS: PostExportStep[] = [
  copyPublicDir,
  removePlaceholders,
  meetupCalendarsStep,
  // Before the page pass, so that the redirect pages get their policy and their links checked.
  { name: "redirect pages and _redirects", run: (siteDir) => writeRedirectFiles(siteDir) },
  socialImagesStep,
  // Steps that write pages go above this line: the page pass reads and writes each page, once.
  pagePassStep,
  // Below: they read the pages as the page pass left them. Images come before the link check, which finds them.
  processImagesStep,
  searchIndexStep,
  checkLinksStep,
  securityHeadersStep,
];

/** Run every post-export step on the folder `siteDir`. */
export async function runPostExportSteps(siteDir: string): Promise<void> {
  const context: StepContext = {};
  for (const step of STEPS) {
    const started = Date.now();
    await step.run(siteDir, context);
    console.log(`✓ ${step.name} (${Date.now() - started} ms)`);
  }
}
