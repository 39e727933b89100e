import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";

/** How a child process ended, with what it printed on the streams that were piped. */
export type ChildResult = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** A child process started in the background: `result` settles when it exits, `child.pid` stops it. */
export type RunningChild = { child: ChildProcess; result: Promise<ChildResult> };

/** Start `command` without waiting for it; piped output is collected for `result`. */
export function startChild(
  command: string,
  args: readonly string[],
  options: { stdio: StdioOptions; env?: NodeJS.ProcessEnv },
): RunningChild {
  const child = spawn(command, args, { stdio: options.stdio, env: options.env ?? process.env });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr?.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const result = new Promise<ChildResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, result };
}
