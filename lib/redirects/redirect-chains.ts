import type { Redirect } from "./redirects";
import { targetSitePath } from "./redirect-paths";
import { pathKey } from "../content/path-syntax";
import { findOwnedPath } from "../paths/owned-paths";

/** What a redirect target must be, for error messages. */
export const TARGET_EXPECTED = "a page of this site such as /posts/<slug>/, or an http(s) URL";

/** A chain, a loop, or a target that is no page: the message and expectation for `redirect`, or undefined. */
export function findTargetProblem(
  redirect: Redirect,
  table: ReadonlyMap<string, Redirect>,
  sitePaths: ReadonlySet<string>,
): [string, string] | undefined {
  const hops: Redirect[] = [redirect];
  for (let next = follow(redirect, table); next; next = follow(next, table)) {
    if (next === redirect) {
      const cycle = hops.map((hop) => `"${hop.from}" (${hop.source.file}:${hop.source.line})`);
      return [
        `"${redirect.from}" is part of a redirect loop: ${[...cycle, `"${redirect.from}"`].join(" → ")}`,
        "redirects that end on a page",
      ];
    }
    if (hops.includes(next)) break; // A loop further on: reported on its own members.
    hops.push(next);
  }
  const [, second] = hops;
  if (second) {
    const final = hops.at(-1)?.to ?? second.to;
    return [
      `"${redirect.from}" redirects to "${redirect.to}", which redirects again (${second.source.file}:${second.source.line})`,
      `point it straight at "${final}"`,
    ];
  }
  // A target on this site, as a path or as its own URL, is a page: never a file the build or host owns.
  const target = targetSitePath(redirect.to);
  if (target === undefined || sitePaths.has(target)) return undefined;
  const owned = findOwnedPath(target, "redirect");
  return [
    `target "${redirect.to}" of "${redirect.from}" is ${owned ? `${owned}, ` : ""}not a page of this site`,
    TARGET_EXPECTED,
  ];
}

function follow(redirect: Redirect, table: ReadonlyMap<string, Redirect>): Redirect | undefined {
  const path = targetSitePath(redirect.to);
  return path === undefined ? undefined : table.get(pathKey(path));
}
