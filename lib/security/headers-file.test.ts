import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeRequestPath, formatHeadersFile, headersFor, parseHeadersFile } from "./headers-file";

describe("the path the rules of _headers are matched against (npm run serve)", () => {
  const rules = parseHeadersFile(formatHeadersFile(""));
  const sandboxed = (requestPath: string) =>
    headersFor(rules, decodeRequestPath(requestPath) ?? "").some(([, value]) => value.endsWith("; sandbox"));

  it("is the file's path however the request spells it, so an SVG always gets its sandbox", () => {
    for (const spelling of [
      "/icon.svg",
      "/icon.sv%67",
      "/%69con.svg",
      "/a/../icon.svg",
      "/a/%2e%2e/icon.svg",
      "//icon.svg",
    ])
      assert.equal(sandboxed(spelling), true, spelling);
    assert.equal(sandboxed("/posts/x/"), false);
  });

  it("lets a phone keep Next's named-by-content files for a year, and never a page", () => {
    const cacheControl = (requestPath: string) =>
      headersFor(rules, requestPath).find(([name]) => name === "Cache-Control")?.[1];
    assert.match(cacheControl("/_next/static/chunks/app-3f2a.js") ?? "", /max-age=31536000, immutable/);
    assert.equal(cacheControl("/posts/x/"), undefined);
    assert.equal(cacheControl("/feed.xml"), undefined);
  });

  it("keeps a folder's trailing slash, and never climbs above the root", () => {
    assert.equal(decodeRequestPath("/posts/a%20b/"), "/posts/a b/");
    assert.equal(decodeRequestPath("/../../etc/passwd"), "/etc/passwd");
  });

  it("refuses what no file of the export is named: broken escapes, NUL, backslashes", () => {
    for (const spelling of ["/%E0%A4%A", "/a%00.svg", "/a%5C..%5Cb"])
      assert.equal(decodeRequestPath(spelling), undefined);
  });
});
