import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkContent, formatCheckSummary } from "../../lib/check/content-check";
import { formatProblem } from "../../lib/content/content-error";
import { normaliseFromPath, pathKey } from "../../lib/content/path-syntax";
import { getSitePaths } from "../../lib/lists/site-paths";
import { publicFile } from "../../lib/public-files";
import { getRedirectTable } from "../../lib/redirects/redirects";
import type { ImportReport, ImportTarget } from "./import-site";

/** What `npm run check` says of the site an import wrote, and which old URLs its build answers. */
export type ImportedSiteCheck = { summary: string; errors: string[]; answered: string[] };

/** Check the imported site in a process of its own, as `npm run check` would, and mark the old URLs it answers. */
export function checkImport(report: ImportReport, target: ImportTarget): void {
  const env: Record<string, string> = {
    POSTS_DIR: target.postsDir,
    PAGES_DIR: target.pagesDir,
    PUBLIC_DIR: target.publicDir,
  };
  // Without a settings file to edit (tests), the old permalink setting is passed as lib/site.ts would read it.
  if (!target.settingsFile) env.LEGACY_PERMALINKS = String(report.legacyPermalinks);
  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    env: { ...process.env, ...env },
    input: JSON.stringify(report.oldUrls.map((url) => url.url)),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the check of the imported site failed: ${child.stderr.trim()}`);
  report.check = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "") as ImportedSiteCheck;
  const answered = new Set(report.check.answered);
  for (const url of report.oldUrls) url.answered = answered.has(url.url);
}

function checkThisSite(urls: readonly string[]): ImportedSiteCheck {
  const check = checkContent();
  const summary = formatCheckSummary(check);
  const errors = check.problems.filter((problem) => problem.severity === "error").map(formatProblem);
  if (errors.length > 0) return { summary, errors, answered: [] };
  const served = new Set([...getSitePaths(), ...getRedirectTable().map((redirect) => redirect.from)].map(pathKey));
  const answers = (path: string | undefined) =>
    path !== undefined && (served.has(pathKey(path)) || existsSync(publicFile(path)));
  return { summary, errors, answered: urls.filter((url) => answers(normaliseFromPath(url))) };
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.stdout.write("\n" + JSON.stringify(checkThisSite(JSON.parse(readFileSync(0, "utf8")) as string[])));
