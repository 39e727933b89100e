import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import type { NextConfig } from "next";
import { REDIRECT_SCRIPT_CSP_HASH } from "../redirects/redirect-script";
import { FILE_HEADERS, pagePolicy, securityHeaders } from "./security-headers";
import { setEnv } from "../../test/support/test-scope";

/** A policy as directive → sources, to ask about one directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}
const headerPolicy = (mode: "export" | "server") =>
  directives(securityHeaders(mode).find((header) => header.key === "Content-Security-Policy")?.value ?? "");

describe("the policies", () => {
  it("lets no inline script run in the static export but the redirect pages' one, by its hash", () => {
    assert.deepEqual(headerPolicy("export").get("script-src"), [
      "'self'",
      "'wasm-unsafe-eval'",
      REDIRECT_SCRIPT_CSP_HASH,
    ]);
  });

  it("allows inline scripts only in server mode, where Next writes a different one on every page", () => {
    assert.ok(headerPolicy("server").get("script-src")?.includes("'unsafe-inline'"));
  });

  it("gives a page's <meta> every directive a <meta> can carry, with only the pinned scripts", () => {
    const meta = directives(pagePolicy(["abc="]));
    for (const name of ["default-src", "script-src", "frame-src", "form-action", "img-src", "object-src", "base-uri"])
      assert.ok(meta.has(name), name);
    assert.deepEqual(meta.get("script-src"), ["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]);
    // A <meta> policy ignores frame-ancestors and sandbox, and browsers warn about them.
    assert.equal(meta.has("frame-ancestors"), false);
    assert.equal(meta.has("sandbox"), false);
    assert.equal(meta.get("object-src")?.join(" "), "'none'");
  });

  it("frames only the exact hosts of embeds, never a wildcard", () => {
    const frames = directives(pagePolicy([])).get("frame-src") ?? [];
    assert.ok(frames.includes("https://www.youtube-nocookie.com"));
    assert.ok(frames.includes("https://www.slideshare.net"));
    assert.deepEqual(
      frames.filter((source) => source.includes("*")),
      [],
    );
    assert.deepEqual(headerPolicy("export").get("frame-src"), frames);
  });

  it("sandboxes files: nothing in an SVG opened on its own may run or reach the site", () => {
    const policy = directives(FILE_HEADERS[0]?.value ?? "");
    assert.deepEqual(policy.get("default-src"), ["'none'"]);
    assert.deepEqual(policy.get("sandbox"), []);
    assert.equal(policy.has("script-src"), false);
  });
});

/** next.config.ts as Next reads it under BUILD_MODE (it reads the mode when loaded), for the calling test. */
async function loadNextConfig(mode: string | undefined): Promise<NextConfig> {
  setEnv({ BUILD_MODE: mode });
  const url = `${pathToFileURL(path.resolve("next.config.ts")).href}?mode=${mode ?? "export"}`;
  return ((await import(url)) as { default: NextConfig }).default;
}

describe("headers in server mode", () => {
  it("sends the security headers, and the file policy on images and every SVG, from next.config's headers()", async () => {
    const config = await loadNextConfig("server");
    assert.deepEqual(await config.headers?.(), [
      { source: "/:path*", headers: securityHeaders("server") },
      { source: "/images/:path*", headers: FILE_HEADERS },
      { source: "/:path(.*\\.svg)", headers: FILE_HEADERS },
    ]);
  });

  it("declares no headers() for the static export, where Next would warn that they do nothing", async () => {
    const config = await loadNextConfig(undefined);
    assert.equal(config.output, "export");
    assert.equal(config.headers, undefined);
  });
});
