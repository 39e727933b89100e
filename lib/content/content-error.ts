/** One problem found in a post, located precisely enough for an editor to fix it. */
export type ContentProblem = {
  /** Path as the editor sees it, e.g. "posts/2018-10-09-october.md". */
  file: string;
  line: number;
  field: string;
  message: string;
  expected: string;
  severity: "error" | "warning";
};

/** The single-line form every tool prints: `posts/<file>:<line>: <field>: <what is wrong> (<what is expected>)`. */
export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${problem.file}:${problem.line}: ${problem.field}: ${prefix}${problem.message} (${problem.expected})`;
}

/** Thrown when content cannot be published; its message lists every error, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length;
    super(`${count} content error${count === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
    // Editors meet this in `next dev`'s overlay and terminal: the lines name each file, and frames of the
    // site's code would only bury them.
    this.stack = `${this.name}: ${this.message}`;
  }
}
