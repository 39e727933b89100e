import { expect, test, type Page } from "@playwright/test";
import { FILE_HEADERS, securityHeaders } from "../lib/security/security-headers";

// What `npm run serve` (tools/serve-static.ts) answers, as Netlify and Cloudflare Pages would from out/_headers,
// and what each half of the policy does on its own: hosts that ignore _headers (GitHub Pages) have only the
// page's <meta>.
const SITE_POLICY = securityHeaders("export").find((header) => header.key === "Content-Security-Policy")?.value;
const FILE_POLICY = FILE_HEADERS[0]?.value ?? "";
const POST = "/posts/cloud-native-london-october-2018/";
const META_POLICY = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
const INJECTED = "<script>window.__injected = true</script>";

test("every SVG is served with the sandboxing policy, however its path is spelled", async ({ request }) => {
  for (const path of [
    "/icon.svg",
    "/icon.sv%67",
    "/%69con.svg",
    "/images/../icon.svg",
    "/images/sponsors/pusher.svg",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    // Every matching rule applies: under /images/ the file policy comes twice, which changes nothing.
    const policies = response.headers()["content-security-policy"]?.split(", ");
    expect(policies?.[0], path).toBe(SITE_POLICY);
    expect(policies?.slice(1).every((policy) => policy === FILE_POLICY) && policies.length > 1, path).toBe(true);
  }
});

test("an SVG opened on its own is a sandboxed document, with no origin of the site's", async ({ page }) => {
  await page.goto("/icon.svg");
  expect(await page.evaluate(() => self.origin)).toBe("null");
});

test("the host's own files, _headers and _redirects, are not served in any spelling", async ({ request }) => {
  for (const path of [
    "/_headers",
    "/_redirects",
    "/%5Fheaders",
    "/images/../_redirects",
    "/_headers/",
    "/_Redirects//",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

/**
 * Load a post with `extra` added to its body and half of its policy taken away: the header (`header: false`)
 * or its <meta> (`meta: false`). Returns whether the added inline script ran, and the violations reported.
 */
async function loadPost(page: Page, keep: { header: boolean; meta: boolean }, extra: string) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(event.effectiveDirective));
  });
  await page.route(POST, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (!keep.header) delete headers["content-security-policy"];
    let body = (await response.text()).replace("</body>", `${extra}</body>`);
    if (!keep.meta) body = body.replace(META_POLICY, "");
    await route.fulfill({ response, headers, body });
  });
  await page.goto(POST);
  await page.waitForLoadState("load");
  return page.evaluate(() => ({
    ran: "__injected" in window,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
}

test("the header policy alone lets no inline script run: it has no 'unsafe-inline'", async ({ page }) => {
  const { ran, violations } = await loadPost(page, { header: true, meta: false }, INJECTED);
  expect(ran).toBe(false);
  expect(violations).toContain("script-src-elem");
});

test("the page's <meta> alone, as on GitHub Pages, blocks inline scripts and frames from other hosts", async ({
  page,
}) => {
  const frame = '<iframe src="https://evil.example/" title="x"></iframe>';
  const { ran, violations } = await loadPost(page, { header: false, meta: true }, `${INJECTED}${frame}`);
  expect(ran).toBe(false);
  expect(violations).toEqual(expect.arrayContaining(["script-src-elem", "frame-src"]));
});
