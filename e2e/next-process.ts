import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A Next server a spec runs itself: where it answers, what it printed, and how to stop it. */
export type NextProcess = { origin: string; output: () => string; stop: () => void };

/**
 * Start `next <command>` on 127.0.0.1:`port` in a process group of its own, so that stop() ends it and the
 * children it leaves (next-server), and resolve once it answers `/` at all, with any status.
 */
export async function startNext(
  command: "dev" | "start",
  port: number,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<NextProcess> {
  const next = path.join("node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [next, command, "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    if (server.pid === undefined) return;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      stop();
      throw new Error(`next ${command} stopped:\n${output}`);
    }
    // The first answer waits for Next to be ready (under `next dev`, for the first compile).
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return { origin, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`next ${command} did not answer ${origin}/ within ${timeoutMs / 1000} s:\n${output}`);
}

/** A port no other server of this machine listens on now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no free port");
  return address.port;
}
