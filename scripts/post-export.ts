import { copyPublicDir } from "./copy-public-dir";
import { meetupCalendarsStep } from "./meetup-calendars";
import { removePlaceholders } from "./remove-placeholders";
import { writeRedirectFiles } from "./redirect-files";
import { searchIndexStep } from "./search-index";
import { socialImagesStep } from "./social-images";
import { checkLinksStep } from "./check-links";
import { securityHeadersStep } from "./security-headers";
import { stripClientRuntime } from "./strip-client-runtime";

/** A step that runs on the exported site before it is moved into place; throwing stops the build. */
export type PostExportStep = { name: string; run: (siteDir: string) => void | Promise<void> };

// The link check and the security headers read every page the other steps write: keep them last.
/** The steps, in order. Each reads lib/ for what it needs and writes into the exported folder. */
const STEPS: PostExportStep[] = [
  copyPublicDir,
  removePlaceholders,
  stripClientRuntime,
  meetupCalendarsStep,
  // Before the search index and link checks, so that they see the redirect pages.
  { name: "redirect pages and _redirects", run: (siteDir) => writeRedirectFiles(siteDir) },
  socialImagesStep,
  searchIndexStep,
  // Last: they read every page the steps above wrote.
  checkLinksStep,
  securityHeadersStep,
];

/** Run every post-export step on the folder `siteDir`. */
export async function runPostExportSteps(siteDir: string): Promise<void> {
  for (const step of STEPS) {
    const started = Date.now();
    await step.run(siteDir);
    console.log(`✓ ${step.name} (${Date.now() - started} ms)`);
  }
}
