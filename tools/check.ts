/**
 * `npm run check`: validate every post and page without building the site. One line per problem,
 * `posts/<file>:<line>: <field>: <what is wrong> (<what is expected>)`, then a summary, all on stdout so that
 * they arrive in order; exits 1 on any error.
 */
import { checkContent } from "../lib/check/content-check";
import { formatProblem } from "../lib/content/content-error";

const { files, problems, linksChecked } = checkContent();
const errors = problems.filter((problem) => problem.severity === "error").length;
const warnings = problems.length - errors;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
for (const problem of problems) console.log(formatProblem(problem));
console.log(
  `${plural(files.posts, "post")}${files.pages > 0 ? ` and ${plural(files.pages, "page")}` : ""} checked: ` +
    `${plural(errors, "error")}, ${plural(warnings, "warning")}.` +
    (linksChecked ? "" : " Links to posts were checked; links to other pages are checked once these errors are fixed."),
);
process.exitCode = errors > 0 ? 1 : 0;
