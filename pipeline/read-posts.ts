/**
 * The first step of `npm run build`, run in a process of its own: read, validate and render every post
 * once, run every content check (the same as `npm run check`), print every error, and save the posts
 * for the rest of the build (lib/collection/post-snapshot.ts), printing the snapshot's path as the last line. Exits 1
 * on any error. Because this process then ends, nothing holds the posts in memory while Next builds;
 * Next's workers and the post-export steps load them.
 */
import { checkContent, plural } from "../lib/check/content-check";
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
