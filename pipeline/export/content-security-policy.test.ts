import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";
import { pagePolicy } from "../../lib/security/security-headers";
import { formatHeadersFile, parseHeadersFile } from "../../lib/security/headers-file";
import { pinInlineScripts } from "./content-security-policy";
import { securityHeadersStep } from "./write-headers-file";
import { temporaryFolder } from "../../test/support/test-scope";

// Hash computed independently: printf '%s' "$REDIRECT_SCRIPT" | openssl dgst -sha256 -binary | base64
const REDIRECT_SCRIPT_HASH = "AI05gE1C+70A6jD0ImlidWtb98TPBVvn5UNtIYY38Tg=";

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe("pinInlineScripts", () => {
  it("puts the site's policy right after <meta charset>, before any script, pinning the site's inline script", () => {
    const html = page(
      '<script src="/js/search-page.js" type="module"></script>',
      `<script>${REDIRECT_SCRIPT}</script><script type="application/ld+json">{"@type":"WebSite"}</script>`,
    );
    assert.equal(
      pinInlineScripts(html, "index.html"),
      html.replace(
        '<meta charSet="utf-8"/>',
        `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${pagePolicy([REDIRECT_SCRIPT_HASH])}"/>`,
      ),
    );
  });

  it("gives a page without inline scripts the policy that lets none run", () => {
    const html = page('<script type="application/ld+json">{"@type":"WebSite"}</script>', "<p>Hello</p>");
    assert.match(pinInlineScripts(html, "index.html"), /script-src 'self' 'wasm-unsafe-eval'; style-src/);
  });

  it("refuses any other inline script: the site pins only those it writes", () => {
    for (const script of ["self.__next_f.push([0])", 'alert("ok")', `${REDIRECT_SCRIPT} `]) {
      assert.throws(
        () => pinInlineScripts(page("", `<script>${script}</script>`), "x.html"),
        /^Error: x\.html: an inline script the site does not write/,
      );
    }
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
  it("writes _headers for every path, for images, for every SVG and for Next's files, below the base path", () => {
    const rules = parseHeadersFile(formatHeadersFile("/cnl"));
    assert.deepEqual(
      rules.map((rule) => rule.pattern),
      ["/cnl/*", "/cnl/images/*", "/cnl/*.svg", "/cnl/_next/static/*"],
    );
    const scriptSources = /script-src ([^;]*)/.exec(rules[0]?.headers[0]?.[1] ?? "")?.[1] ?? "";
    assert.equal(scriptSources, `'self' 'wasm-unsafe-eval' 'sha256-${REDIRECT_SCRIPT_HASH}'`);
    assert.match(rules[2]?.headers[0]?.[1] ?? "", /; sandbox$/);
    assert.deepEqual(
      rules[0]?.headers.map(([name]) => name),
      ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"],
    );
    assert.match(rules[0]?.headers[0]?.[1] ?? "", /frame-ancestors 'none'/);
  });

  it("refuses to build on a _headers it did not write", async () => {
    const siteDir = temporaryFolder("cnl-headers-");
    writeFileSync(path.join(siteDir, "_headers"), "/images/*\n  Content-Type: text/html\n");
    await assert.rejects(async () => securityHeadersStep.run(siteDir), /_headers exists before the build writes it/);
    assert.equal(readFileSync(path.join(siteDir, "_headers"), "utf8"), "/images/*\n  Content-Type: text/html\n");
  });
});
