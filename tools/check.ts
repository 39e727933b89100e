/**
 * `npm run check`: validate every post and page without building the site. One line per problem,
 * `posts/<file>:<line>: <field>: <what is wrong> (<what is expected>)`, then a summary, all on stdout so that
 * they arrive in order; exits 1 on any error.
 */
import { checkContent, formatCheckSummary } from "../lib/check/content-check";
import { formatProblem } from "../lib/content/content-error";

const check = checkContent();
for (const problem of check.problems) console.log(formatProblem(problem));
console.log(formatCheckSummary(check));
process.exitCode = check.problems.some((problem) => problem.severity === "error") ? 1 : 0;
