import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { site } from "../../lib/site";
import { shownPath } from "../../lib/public-files";
import type { ImportReport } from "./import-site";

// The one line of site.yml the importer edits: legacyPermalinks' value, before any comment.
const SETTING = /^(legacyPermalinks:[ \t]*)([^#\n]*?)([ \t]*(?:#.*)?)$/m;

/** Set site.yml's legacyPermalinks to the old `permalink` where none is set; returns its value after the import. */
export function applyLegacyPermalinks(
  settingsFile: string | undefined,
  permalink: string,
  report: ImportReport,
): string | boolean {
  if (!settingsFile) return permalink;
  const shown = shownPath(settingsFile);
  const wanted = JSON.stringify(permalink);
  if (!existsSync(settingsFile)) {
    const why = `legacyPermalinks: set it to ${wanted} by hand to keep the old post URLs`;
    report.notCarriedOver.push({ file: shown, text: why });
    return site.legacyPermalinks;
  }
  const text = readFileSync(settingsFile, "utf8");
  const match = SETTING.exec(text);
  if (!match) {
    writeFileSync(settingsFile, `${text.replace(/\n*$/, "\n")}legacyPermalinks: ${wanted}\n`);
    report.rewritten.push({ file: shown, line: text.split("\n").length, text: `legacyPermalinks: ${wanted} added` });
    return permalink;
  }
  const current = match[2]?.trim() ?? "";
  if (current === wanted) return permalink;
  if (current !== "false") {
    const why = `legacyPermalinks is ${current}, the old site's permalink setting is ${wanted}: left as it was`;
    report.notCarriedOver.push({ file: shown, text: why });
    return site.legacyPermalinks;
  }
  writeFileSync(settingsFile, text.replace(SETTING, `$1${wanted}$3`));
  const line = text.slice(0, match.index).split("\n").length;
  const changed = `legacyPermalinks: false -> ${wanted}, the old site's permalink setting`;
  report.rewritten.push({ file: shown, line, text: changed });
  return permalink;
}
