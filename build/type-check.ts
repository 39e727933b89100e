import path from "node:path";
import { startChild, type ChildResult, type RunningChild } from "./child-process";

/**
 * Set by build/build.ts once this check has passed, so that `next build` skips its own (next.config.ts).
 * Any other `next build` (`npm run build:server`) still type-checks as Next does by default.
 */
export const TYPES_CHECKED_ENV = "BUILD_TYPES_CHECKED";

/** The type check's verdict: what the failing command printed, if one failed. */
export type TypeCheckResult = { ok: true } | { ok: false; command: string; output: string };

/** A type check running in the background; `stop` ends it (by its current child's PID) when nobody needs it. */
export type TypeCheck = { result: Promise<TypeCheckResult>; stop: () => void };

// The same steps as Next's own check in `next build`: its route types (.next/types, which include the
// validator of each page's exports), then the whole project against tsconfig.json. tsc keeps its incremental
// state in .cache/tsc/, which the workflows keep with the other caches, so a rebuild checks only what changed.
const STEPS: [string, string[]][] = [
  ["next typegen", [path.join("node_modules", "next", "dist", "bin", "next"), "typegen"]],
  [
    "tsc --noEmit",
    [
      path.join("node_modules", "typescript", "bin", "tsc"),
      "--noEmit",
      "--project",
      "tsconfig.json",
      "--tsBuildInfoFile",
      path.join(".cache", "tsc", "tsconfig.tsbuildinfo"),
    ],
  ],
];

/** Start the project's type check (or other `steps`, Node scripts run in turn) without waiting for it. */
export function startTypeCheck(steps: readonly (readonly [string, string[]])[] = STEPS): TypeCheck {
  let current: RunningChild | undefined;
  let stopped = false;
  const run = async (): Promise<TypeCheckResult> => {
    for (const [command, args] of steps) {
      if (stopped) return { ok: false, command, output: "stopped before it ran" };
      current = startChild(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
      const result: ChildResult = await current.result;
      if (result.status === 0) continue;
      const ended = result.signal ? `\n(${command} was ended by ${result.signal})` : "";
      return { ok: false, command, output: `${result.stdout}${result.stderr}`.trim() + ended };
    }
    return { ok: true };
  };
  return {
    result: run(),
    stop: () => {
      stopped = true;
      current?.child.kill();
    },
  };
}
