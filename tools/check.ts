/**
 * `npm run check`: validate site.yml, then every post and page, without building the site. One line per problem,
 * `posts/<file>:<line>: <field>: <what is wrong> (<what is expected>)`; exits 1 on any error.
 */
import { formatProblem } from "../lib/content/content-error";
import { stopOnSettingsProblems } from "../lib/settings/read-site-settings";

stopOnSettingsProblems();
// Imported once the settings are known to be valid: every check reads them.
const { checkContent } = await import("../lib/check/content-check");

const { posts, pages, problems, linksChecked } = checkContent();
const errors = problems.filter((problem) => problem.severity === "error");
for (const problem of problems) console.error(formatProblem(problem));
const warnings = problems.length - errors.length;
console.log(
  `${posts.length} posts${pages.length > 0 ? ` and ${pages.length} pages` : ""} checked: ${errors.length} error${errors.length === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.` +
    (linksChecked ? "" : " Links to site pages are checked once these errors are fixed."),
);
process.exitCode = errors.length > 0 ? 1 : 0;
