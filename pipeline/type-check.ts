import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startChild, type ChildResult, type RunningChild } from "./child-process";

/**
 * Set by pipeline/build.ts once this check has passed, so that `next build` skips its own (next.config.ts).
 * Any other `next build` (`npm run build:server`) still type-checks as Next does by default.
 */
export const TYPES_CHECKED_ENV = "BUILD_TYPES_CHECKED";

/** The type check's verdict: what the failing command printed, if one failed. */
export type TypeCheckResult = { ok: true; skipped?: true } | { ok: false; command: string; output: string };

/** One step of the check: a Node script, its arguments and the environment it adds. */
export type TypeCheckStep = { command: string; args: string[]; env?: Record<string, string> };

/**
 * A type check running in the background: `routeTypesWritten` settles once the first step has ended,
 * `result` when the check has; `stop` ends it (by its current child's PID) when nobody needs it.
 */
export type TypeCheck = { routeTypesWritten: Promise<void>; result: Promise<TypeCheckResult>; stop: () => void };

// The check's own folders: `next build` runs beside tsc and rewrites .next/types and next-env.d.ts while it
// runs, so tsc reads neither. `next typegen` writes the route types (the validator of each page's exports
// included) into .cache/typegen/, and tsc reads a config of the check's own that includes them and leaves
// out next-env.d.ts, .next/ and the export's staging folder. tsc keeps its incremental state beside that
// config; the workflows keep .cache/ with the other caches, so a rebuild checks only what changed.
const TYPEGEN_DIR = path.join(".cache", "typegen");
const CHECK_DIR = path.join(".cache", "tsc");
const CHECK_CONFIG = path.join(CHECK_DIR, "tsconfig.json");
const nodeBin = (name: string, ...file: string[]) => path.join("node_modules", name, ...file);

const STEPS: TypeCheckStep[] = [
  {
    command: "next typegen",
    args: [nodeBin("next", "dist", "bin", "next"), "typegen"],
    env: { NEXT_DIST_DIR: TYPEGEN_DIR },
  },
  { command: "tsc --noEmit", args: [nodeBin("typescript", "bin", "tsc"), "--noEmit", "--project", CHECK_CONFIG] },
];

/** Start the project's type check (or other `steps`, Node scripts run in turn) without waiting for it. */
export function startTypeCheck(steps: readonly TypeCheckStep[] = defaultSteps()): TypeCheck {
  let current: RunningChild | undefined;
  let stopped = false;
  let firstStepEnded: () => void = () => {};
  const routeTypesWritten = new Promise<void>((resolve) => (firstStepEnded = resolve));
  const run = async (): Promise<TypeCheckResult> => {
    try {
      for (const { command, args, env } of steps) {
        if (stopped) return { ok: false, command, output: "stopped before it ran" };
        current = startChild(process.execPath, args, {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, ...env },
        });
        const result: ChildResult = await current.result;
        firstStepEnded();
        if (result.status === 0) continue;
        const ended = result.signal ? `\n(${command} was ended by ${result.signal})` : "";
        return { ok: false, command, output: `${result.stdout}${result.stderr}`.trim() + ended };
      }
      return { ok: true };
    } finally {
      firstStepEnded();
    }
  };
  return {
    routeTypesWritten,
    result: run(),
    stop: () => {
      stopped = true;
      current?.child.kill();
    },
  };
}

/** No check at all (BUILD_TYPE_CHECK=off): it passes at once. */
export function skippedTypeCheck(): TypeCheck {
  return { routeTypesWritten: Promise.resolve(), result: Promise.resolve({ ok: true, skipped: true }), stop: () => {} };
}

function defaultSteps(): TypeCheckStep[] {
  writeCheckConfig();
  return STEPS;
}

// The project's tsconfig.json, with the route types from .cache/typegen instead of next-env.d.ts and .next/.
// Paths in a config are relative to the file that holds them.
function writeCheckConfig(): void {
  const fromCheck = (pattern: string) => path.posix.join("../..", pattern);
  const routeTypes = path.posix.join("..", "typegen", "types");
  mkdirSync(CHECK_DIR, { recursive: true });
  // What next-env.d.ts says, with the route types of this check's own typegen.
  writeFileSync(
    path.join(CHECK_DIR, "next-env.d.ts"),
    [
      '/// <reference types="next" />',
      '/// <reference types="next/image-types/global" />',
      `import "${routeTypes}/routes.d.ts";`,
      `import "${routeTypes}/root-params.d.ts";`,
      "",
    ].join("\n"),
  );
  const config = {
    extends: fromCheck("tsconfig.json"),
    compilerOptions: { tsBuildInfoFile: "tsconfig.tsbuildinfo" },
    include: ["next-env.d.ts", fromCheck("**/*.ts"), fromCheck("**/*.tsx"), `${routeTypes}/**/*.ts`],
    // Not .cache/, which holds this config and the route types; nothing else there is TypeScript.
    exclude: [
      "node_modules",
      "next-env.d.ts",
      "out",
      "*.partial",
      ".next-export",
      ".next",
      ".next-server",
      ".bench",
      ".test-builds",
    ].map(fromCheck),
  };
  writeFileSync(CHECK_CONFIG, `${JSON.stringify(config, null, 2)}\n`);
}
