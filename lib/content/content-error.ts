import { formatProblem, type ContentProblem } from "../mistakes/problems";
import { plural } from "../plural";

export { formatProblem, type ContentProblem };

/** Thrown when content cannot be published; its message lists every error, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`${plural(problems.length, "content error")}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
    // Editors meet this in `next dev`'s overlay and terminal: the lines name each file, and frames of the
    // site's code would only bury them.
    this.stack = `${this.name}: ${this.message}`;
  }
}
