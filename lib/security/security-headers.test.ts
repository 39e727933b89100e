import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import type { NextConfig } from "next";
import { IMAGE_HEADERS, SECURITY_HEADERS } from "./security-headers";
import { setEnv } from "../../test/support/test-scope";

/** next.config.ts as Next reads it under BUILD_MODE (it reads the mode when loaded), for the calling test. */
async function loadNextConfig(mode: string | undefined): Promise<NextConfig> {
  setEnv({ BUILD_MODE: mode });
  const url = `${pathToFileURL(path.resolve("next.config.ts")).href}?mode=${mode ?? "export"}`;
  return ((await import(url)) as { default: NextConfig }).default;
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
