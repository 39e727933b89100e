import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { readPostCollection } from "../../lib/collection/posts";
import { EVALUATED_MARKER, PATHOLOGICAL_INPUTS, type PathologicalInput } from "../corpus/pathological-inputs";
import { formatTable } from "./table";

/** How `npm run check` ended on one pathological input. */
export type PathologicalRun = {
  name: string;
  what: string;
  seconds: number;
  /** Milliseconds to read the folder in this process (lib/collection/posts.ts), without `npm run check`'s start-up. */
  readMs: number;
  status: number | string;
  /** The first line the check printed, or the stack trace's first line when it printed one. */
  firstLine: string;
  stackTrace: boolean;
  evaluated: boolean;
};

/**
 * `npm run bench -- --scenario pathological`: run `npm run check` on each hostile input of
 * pathological-inputs.ts in a posts folder of its own, timing it to its error; `timeoutSeconds` ends a run.
 * Each folder is then read once more in this process, to time the post itself without Node's start-up.
 */
export function runPathologicalScenario(root: string, timeoutSeconds: number): PathologicalRun[] {
  const runs: PathologicalRun[] = [];
  for (const input of PATHOLOGICAL_INPUTS) {
    const run = runCheckOn(input, path.join(root, input.name), timeoutSeconds);
    runs.push(run);
    console.log(`${input.name}: ${run.seconds.toFixed(2)} s, ${run.firstLine}`);
  }
  const rows = runs.map((run) => [
    run.name,
    run.seconds.toFixed(2),
    run.readMs.toFixed(0),
    run.status,
    run.stackTrace ? "yes" : "no",
    run.evaluated ? "RAN" : "no",
  ]);
  console.log(`\n${formatTable(["input", "check s", "read ms", "exit", "stack trace", "code ran"], rows)}`);
  return runs;
}

function runCheckOn(input: PathologicalInput, directory: string, timeoutSeconds: number): PathologicalRun {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const [name, text] of Object.entries(input.files)) {
    if (text === null) mkdirSync(path.join(directory, name));
    else writeFileSync(path.join(directory, name), text);
  }
  rmSync(EVALUATED_MARKER, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", "tools/check.ts"], {
    env: { ...process.env, POSTS_DIR: directory },
    encoding: "utf8",
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = (performance.now() - started) / 1000;
  const evaluated = existsSync(EVALUATED_MARKER);
  const readStarted = performance.now();
  readPostCollection(directory);
  const readMs = performance.now() - readStarted;
  const lines = `${result.stderr}${result.stdout}`.split("\n").filter((line) => line.trim());
  const stackTrace = lines.some((line) => /^\s+at .+[:(]/.test(line));
  const shown = path.relative(process.cwd(), directory);
  const firstLine = (lines[0] ?? (result.signal ? `stopped after ${timeoutSeconds} s` : "(no output)"))
    .split(`${shown}/`)
    .join("posts/")
    .slice(0, 160);
  return {
    name: input.name,
    what: input.what,
    seconds,
    readMs,
    status: result.status ?? result.signal ?? "?",
    firstLine,
    stackTrace,
    evaluated: evaluated || existsSync(EVALUATED_MARKER),
  };
}
