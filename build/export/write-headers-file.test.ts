import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parseHeadersFile } from "./headers-file";
import { formatHeadersFile, pinInlineScripts, securityHeadersStep } from "./write-headers-file";
import { temporaryFolder } from "../../test/support/test-scope";

// Hashes computed independently: printf '<script text>' | openssl dgst -sha256 -binary | base64
const NEXT_BOOTSTRAP = "self.__next_f.push([0])";
const NEXT_BOOTSTRAP_HASH = "VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU=";
const REDIRECT_SCRIPT = 'alert("ok")';
const REDIRECT_SCRIPT_HASH = "6B96Nt3Gt7a7ZTidcRLjXLiA6Kit6pM7WThjkV75Ujo=";

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe("pinInlineScripts", () => {
  it("puts a policy with the page's own inline scripts right after <meta charset>, before any script", () => {
    const html = page(
      '<script src="/_next/static/a.js" async=""></script>',
      `<script>${NEXT_BOOTSTRAP}</script><script type="application/ld+json">{"@type":"WebSite"}</script>`,
    );
    assert.equal(
      pinInlineScripts(html, "index.html"),
      html.replace(
        '<meta charSet="utf-8"/>',
        `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' 'sha256-${NEXT_BOOTSTRAP_HASH}'; object-src 'none'; base-uri 'self'"/>`,
      ),
    );
  });

  it("hashes the small page a redirect writes, with no <head> of its own", () => {
    const html = `<!doctype html><meta http-equiv="refresh" content="0; url=/posts/x/"><script>${REDIRECT_SCRIPT}</script>`;
    const pinned = pinInlineScripts(html, "old/index.html");
    assert.match(
      pinned,
      new RegExp(
        `^<!doctype html><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-${REDIRECT_SCRIPT_HASH.replace(/[+/=]/g, "\\$&")}'`,
      ),
    );
  });

  it("refuses a page with an inline event handler, which the policy would block", () => {
    assert.throws(
      () => pinInlineScripts(page("", '<button onclick="go()">Go</button>'), "posts/x/index.html"),
      /^Error: posts\/x\/index.html: <button onclick> would be blocked by the policy$/,
    );
  });
});

describe("the security headers step", () => {
  it("writes _headers for every path and for images, below the base path", () => {
    const rules = parseHeadersFile(formatHeadersFile("/cnl"));
    assert.deepEqual(
      rules.map((rule) => rule.pattern),
      ["/cnl/*", "/cnl/images/*"],
    );
    assert.deepEqual(
      rules[0]?.headers.map(([name]) => name),
      ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"],
    );
    assert.match(rules[0]?.headers[0]?.[1] ?? "", /frame-ancestors 'none'/);
  });

  it("adds to the rules another step already wrote", async () => {
    const siteDir = temporaryFolder("cnl-headers-");
    writeFileSync(path.join(siteDir, "_headers"), "/_next/static/*\n  Cache-Control: public, max-age=31536000\n");
    await securityHeadersStep.run(siteDir);
    const patterns = parseHeadersFile(readFileSync(path.join(siteDir, "_headers"), "utf8")).map((rule) => rule.pattern);
    assert.deepEqual(patterns, ["/_next/static/*", "/*", "/images/*"]);
  });
});
