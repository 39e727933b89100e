import { readlinkSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./content-error";
import { attempt, isSymbolicLink, shownPath } from "../public-files";

export { isSymbolicLink };

/** The problem of an entry that is a symbolic link, in posts/ or public/: nothing behind one is ever read. */
export function symbolicLinkProblem(full: string, shown = shownPath(full)): ContentProblem {
  // A link that cannot be read is reported all the same.
  const target = attempt(() => ` to ${readlinkSync(full)}`) ?? "";
  return {
    file: shown,
    line: 1,
    field: "file",
    message: `is a symbolic link${target}, which the site never follows`,
    expected: "the file or folder itself: a link could publish any file of the machine that builds the site",
    severity: "error",
  };
}

/** The first symbolic link among the entries from `root` down to `file` (file included), or undefined. */
export function findLinkOnTheWay(root: string, file: string): string | undefined {
  const parts = path.relative(root, file).split(path.sep);
  return parts.map((_, depth) => path.join(root, ...parts.slice(0, depth + 1))).find(isSymbolicLink);
}
