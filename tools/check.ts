/**
 * `npm run check`: validate site.yml, then every post and page, without building the site. One line per problem,
 * `posts/<file>:<line>: <field>: <what is wrong> (<what is expected>)`, then a summary, all on stdout so that
 * they arrive in order; exits 1 on any error.
 */
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
