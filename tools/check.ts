/** `npm run check`: validate site.yml, every post and page, without building; one line a problem, exit 1 on errors. */
import { formatProblem } from "../lib/content/content-error";
import { stopOnSettingsProblems } from "../lib/settings/read-site-settings";
import { env } from "../lib/env";

stopOnSettingsProblems(env.siteDir);
// Imported once the settings are known to be valid: every check reads them.
const { checkContent, formatCheckSummary } = await import("../lib/check/content-check");

const check = checkContent();
for (const problem of check.problems) console.log(formatProblem(problem));
console.log(formatCheckSummary(check));
process.exitCode = check.problems.some((problem) => problem.severity === "error") ? 1 : 0;
