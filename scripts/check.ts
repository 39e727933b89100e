/**
 * `npm run check`: validate every post without building the site. One line per problem,
 * `posts/<file>:<line>: <field>: <what is wrong> (<what is expected>)`; exits 1 on any error.
 */
import { formatProblem } from "../lib/content-error";
import { postsDirectory, readPostCollection } from "../lib/posts";
import { checkRedirectsOf } from "../lib/redirects";

const collection = readPostCollection(postsDirectory());
const { posts } = collection;
const problems = [...collection.problems, ...checkRedirectsOf(collection)];
const errors = problems.filter((problem) => problem.severity === "error");
for (const problem of problems) console.error(formatProblem(problem));
const warnings = problems.length - errors.length;
console.log(
  `${posts.length} posts checked: ${errors.length} error${errors.length === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
