import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { site } from "../../lib/site";
import type { ImportReport } from "./import-site";

// The one line of lib/site.ts the importer edits: legacyPermalinks' value after LEGACY_PERMALINKS.
const SETTING = /(legacyPermalinks:\s*readLegacyPermalinks\(process\.env\.LEGACY_PERMALINKS,\s*)([^)\n]*)(\))/;

/**
 * Make the settings file keep each post's old URL under the old site's `permalink` setting, when it keeps
 * none yet; returns what legacyPermalinks is after the import. Without a settings file (tests), the
 * setting is taken to be the permalink, as the report then tells the editor to set it.
 */
export function applyLegacyPermalinks(
  settingsFile: string | undefined,
  permalink: string,
  report: ImportReport,
): string | boolean {
  if (!settingsFile) {
    report.legacyPermalinks = permalink;
    return permalink;
  }
  const shown = path.relative(process.cwd(), settingsFile);
  const text = existsSync(settingsFile) ? readFileSync(settingsFile, "utf8") : "";
  const match = SETTING.exec(text);
  if (!match) {
    report.notCarriedOver.push({
      file: shown,
      text: `legacyPermalinks: set it to ${JSON.stringify(permalink)} by hand to keep the old post URLs`,
    });
    return site.legacyPermalinks;
  }
  const current = match[2]?.trim() ?? "";
  const wanted = JSON.stringify(permalink);
  if (current === wanted) {
    report.legacyPermalinks = permalink;
    return permalink;
  }
  if (current !== "false") {
    report.notCarriedOver.push({
      file: shown,
      text: `legacyPermalinks is ${current}, the old site's permalink setting is ${wanted}: left as it was`,
    });
    return site.legacyPermalinks;
  }
  writeFileSync(settingsFile, text.replace(SETTING, `$1${wanted}$3`));
  const line = text.slice(0, match.index).split("\n").length;
  report.rewritten.push({
    file: shown,
    line,
    text: `legacyPermalinks: false -> ${wanted}, the old site's permalink setting`,
  });
  report.legacyPermalinks = permalink;
  return permalink;
}
