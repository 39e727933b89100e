/**
 * The first step of `npm run build`: run `npm run check`'s checks and save the posts for the rest of the build
 * (lib/collection/post-snapshot.ts). A process of its own, so that nothing holds the posts while Next builds.
 */
import { checkContent } from "../lib/check/content-check";
import { plural } from "../lib/plural";
import { formatProblem } from "../lib/content/content-error";
import { sharePostCollection } from "../lib/collection/posts";

const { problems } = checkContent();
const errors = problems.filter((problem) => problem.severity === "error");
if (errors.length > 0) {
  console.error(`${errors.map(formatProblem).join("\n")}\nBuild stopped: ${plural(errors.length, "content error")}.`);
  process.exit(1);
}
const snapshot = sharePostCollection();
// The last line is the snapshot's path, which pipeline/build.ts reads.
console.log(snapshot);
