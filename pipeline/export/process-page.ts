import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findSiteTargets } from "./check-links";
import { pinInlineScripts } from "./content-security-policy";
import { stripRuntimeFromPage } from "../next/strip-client-runtime";

/** What a page's pass needs to know of the site: where Next's runtime is served, the base path and URL. */
export type PageSettings = { runtime: string; basePath: string; siteUrl: string };

/** Strip Next's runtime from one exported page and pin its inline scripts; returns the site paths it links to. */
export function processPage(siteDir: string, file: string, settings: PageSettings): string[] {
  const full = path.join(siteDir, file);
  const html = readFileSync(full, "utf8");
  const final = pinInlineScripts(stripRuntimeFromPage(html, settings.runtime, file), file);
  writeFileSync(full, final);
  return findSiteTargets(file, final, settings.basePath, settings.siteUrl);
}
