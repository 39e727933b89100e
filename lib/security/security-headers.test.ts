import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import type { NextConfig } from "next";
import { IMAGE_HEADERS, SECURITY_HEADERS } from "./security-headers";

/** next.config.ts as Next reads it under BUILD_MODE (it reads the mode when loaded). */
async function loadNextConfig(mode: string | undefined): Promise<NextConfig> {
  const saved = process.env.BUILD_MODE;
  if (mode === undefined) delete process.env.BUILD_MODE;
  else process.env.BUILD_MODE = mode;
  try {
    const url = `${pathToFileURL(path.resolve("next.config.ts")).href}?mode=${mode ?? "export"}`;
    return ((await import(url)) as { default: NextConfig }).default;
  } finally {
    if (saved === undefined) delete process.env.BUILD_MODE;
    else process.env.BUILD_MODE = saved;
  }
}

describe("headers in server mode", () => {
  it("sends the same security headers as out/_headers from next.config's headers()", async () => {
    const config = await loadNextConfig("server");
    assert.deepEqual(await config.headers?.(), [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/images/:path*", headers: IMAGE_HEADERS },
    ]);
  });

  it("declares no headers() for the static export, where Next would warn that they do nothing", async () => {
    const config = await loadNextConfig(undefined);
    assert.equal(config.output, "export");
    assert.equal(config.headers, undefined);
  });
});
