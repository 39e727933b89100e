import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { OldUrl } from "../../tools/jekyll/import-site";
import { IMPORT_RECORD, JEKYLL_SITE_DIR } from "./samples";

// Written by e2e/jekyll/prepare-site.ts when it imported the old site's slice into this test site.
const recordFile = path.resolve(".test-builds/jekyll-src", IMPORT_RECORD);
const record: { seconds: number; oldUrls: OldUrl[] } | undefined = existsSync(recordFile)
  ? JSON.parse(readFileSync(recordFile, "utf8"))
  : undefined;
const oldUrls = record?.oldUrls ?? [];
const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)">/;

/** What the host answers for an address the site has no page at. */
async function notFoundPage(request: APIRequestContext): Promise<string> {
  return (await request.get("/no-page-of-the-old-site-or-this-one/")).text();
}

test.skip(!record, `${JEKYLL_SITE_DIR} is absent, so no old site was imported into the Jekyll test site`);

test("the import found the old site's URLs, from posts, redirect_from and pages, and answers every one", () => {
  expect(oldUrls.length).toBeGreaterThanOrEqual(20);
  expect(oldUrls.filter((url) => !url.answered)).toEqual([]);
});

for (const old of oldUrls) {
  test(`the old URL ${old.url} (${old.file}) leads to ${old.target}`, async ({ request }) => {
    const response = await request.get(old.url);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const refresh = REFRESH.exec(html)?.[1]?.replace(/&#(\d+);/g, (_, code: string) =>
      String.fromCharCode(Number(code)),
    );
    if (!refresh) {
      // The page itself: the old URL is the new one, and no "not found" page served in its place.
      expect(new URL(response.url()).pathname).toBe(old.target);
      expect(html).not.toBe(await notFoundPage(request));
      return;
    }
    const to = new URL(refresh, response.url());
    if (/^https?:/.test(old.target)) {
      expect(to.href).toBe(old.target);
      return;
    }
    // A redirect page leading to the page itself, which is no redirect again and no "not found" page.
    expect(to.pathname).toBe(old.target);
    const page = await request.get(to.pathname);
    expect(page.status()).toBe(200);
    const text = await page.text();
    expect(text).not.toMatch(REFRESH);
    expect(text).not.toBe(await notFoundPage(request));
    expect(text).toMatch(/<h1[^>]*>/);
  });
}
