/** What one step leaves for the steps after it. */
export type StepContext = {
  /** Each exported page's site paths, found by the page pass for the link check. */
  pageTargets?: ReadonlyMap<string, readonly string[]>;
};

/** A step that runs on the exported site before it is moved into place; throwing stops the build. */
export type PostExportStep = { name: string; run: (siteDir: string, context?: StepContext) => void | Promise<void> };
