import { existsSync, readFileSync } from "node:fs";
import type { ContentProblem } from "../content/content-error";
import { shownPath } from "../public-files";

/** How a starter page (npm run new-site) marks what its organisers still have to write: `[TODO: ...]`. */
const PLACEHOLDER = /\[TODO:[^\]\n]*\]/g;

/** A warning for every placeholder still in these files, at its line. */
export function findPlaceholders(files: readonly string[]): ContentProblem[] {
  return files
    .filter((full) => existsSync(full))
    .flatMap((full) => {
      const file = shownPath(full);
      return readFileSync(full, "utf8")
        .split("\n")
        .flatMap((text, index) =>
          [...text.matchAll(PLACEHOLDER)].map(([placeholder]) => ({
            file,
            line: index + 1,
            field: "placeholder",
            message: `${placeholder} is still to be filled in`,
            expected: "your own text in its place",
            severity: "warning" as const,
          })),
        );
    });
}
