import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { it } from "node:test";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { setEnv } from "../../test/support/test-scope";

// Every page here is rendered for a site served below a base path, as on a GitHub project page; lib/site.ts
// reads BASE_PATH when first imported, so it is set (for this file's tests) before the module loads.
setEnv({ BASE_PATH: "/cnl" });
const { renderRedirectPage, renderRedirectsFile } = await import("./redirect-page");
const { REDIRECT_SCRIPT, REDIRECT_SCRIPT_CSP_HASH } = await import("./redirect-script");

function parse(html: string) {
  const tree = fromHtml(html);
  const attribute = (selector: string, name: string) => {
    const element = select(selector, tree) as Element | undefined;
    return element ? String(element.properties[name] ?? "") : undefined;
  };
  return { tree, attribute };
}

it("renders a page that sends browsers, search engines and people to the post, below the base path", () => {
  const { tree, attribute } = parse(renderRedirectPage({ to: "/posts/october/" }));
  assert.equal(attribute('link[rel="canonical"]', "href"), "https://cloudnative.london/cnl/posts/october/");
  assert.equal(attribute('meta[http-equiv="refresh"]', "content"), "0; url=/cnl/posts/october/");
  assert.equal(attribute('meta[name="robots"]', "content"), "noindex");
  assert.equal(attribute("body", "dataPagefindIgnore"), "all");
  assert.equal(
    toString(select("p", tree) ?? tree),
    "This page has moved to https://cloudnative.london/cnl/posts/october/.",
  );
  assert.equal(attribute("p a", "href"), "/cnl/posts/october/");
});

it("sends a moved post to its external URL untouched by the base path", () => {
  const { attribute } = parse(renderRedirectPage({ to: "https://example.com/talk?a=1&b=2" }));
  assert.equal(attribute('meta[http-equiv="refresh"]', "content"), "0; url=https://example.com/talk?a=1&b=2");
  assert.equal(attribute('link[rel="canonical"]', "href"), "https://example.com/talk?a=1&b=2");
  assert.equal(attribute("p a", "href"), "https://example.com/talk?a=1&b=2");
});

it("carries the same inline script on every page, allowed by the exported CSP hash", () => {
  const scripts = ["/posts/a/", "https://example.com/"].map((to) => {
    const { tree } = parse(renderRedirectPage({ to }));
    const elements = selectAll("script", tree);
    assert.equal(elements.length, 1);
    return toString(elements[0] ?? tree);
  });
  assert.deepEqual(scripts, [REDIRECT_SCRIPT, REDIRECT_SCRIPT]);
  const hash = createHash("sha256")
    .update(scripts[0] ?? "")
    .digest("base64");
  assert.equal(REDIRECT_SCRIPT_CSP_HASH, `'sha256-${hash}'`);
});

it("escapes a hostile target rather than letting it write markup", () => {
  const { tree, attribute } = parse(renderRedirectPage({ to: '/x/"><script>alert(1)</script>' }));
  assert.equal(selectAll("script", tree).length, 1);
  assert.equal(attribute("p a", "href"), '/cnl/x/"><script>alert(1)</script>');
});

it("writes the table for Netlify and Cloudflare, with and without the trailing slash", () => {
  const text = renderRedirectsFile([
    { from: "/Cloud-Native-London-Oct-2018/", to: "/posts/october/" },
    { from: "/old.html", to: "/posts/october/#talks" },
    { from: "/posts/gone/", to: "https://example.com/gone" },
  ]);
  const rules = text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split(" "));
  assert.deepEqual(rules, [
    ["/cnl/Cloud-Native-London-Oct-2018/", "/cnl/posts/october/", "301"],
    ["/cnl/Cloud-Native-London-Oct-2018", "/cnl/posts/october/", "301"],
    ["/cnl/old.html", "/cnl/posts/october/#talks", "301"],
    ["/cnl/posts/gone/", "https://example.com/gone", "301"],
    ["/cnl/posts/gone", "https://example.com/gone", "301"],
  ]);
});
