import { spawn } from "node:child_process";

/** A static export served by tools/serve-static.ts (as the e2e suite serves it), until `stop()`. */
export type StaticServer = { origin: string; stop: () => void };

/** Serve `siteDir` on 127.0.0.1:`port`; resolves once the home page answers. */
export async function startStaticServer(siteDir: string, port: number): Promise<StaticServer> {
  // Its own process group, so stopping it also stops the node process npx starts.
  const child = spawn("npx", ["tsx", "tools/serve-static.ts", siteDir, String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`the static server for ${siteDir} did not start on port ${port}`);
}
