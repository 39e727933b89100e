import { copyPublicDir } from "./steps/copy-public-dir";
import { meetupCalendarsStep } from "./steps/meetup-calendars";
import { removePlaceholders } from "./steps/remove-placeholders";
import { writeRedirectFiles } from "./steps/redirect-files";
import { searchIndexStep } from "./steps/search-index";
import { socialImagesStep } from "./steps/render-social-cards";
import { checkLinksStep } from "./export/check-links";
import { pagePassStep } from "./export/page-pass";
import { processImagesStep } from "./steps/process-images";
import { securityHeadersStep } from "./export/write-headers-file";
import type { PostExportStep, StepContext } from "./export/step";

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
