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

/** A problem within a file, before the file is named: a body's, a field name's. */
export type FileProblem = Omit<ContentProblem, "file">;

/** The single-line form every tool prints: `posts/<file>:<line>: <field>: <what is wrong> (<what is expected>)`. */
export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${problem.file}:${problem.line}: ${problem.field}: ${prefix}${problem.message} (${problem.expected})`;
}
