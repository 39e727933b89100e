import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { fixtureSiteDir } from "../test/support/fixture-sites";
import { freePort, startNext, type NextProcess } from "./next-process";

// `npm run dev` as an editor uses it: a `next dev` of its own on a free port, on a temporary copy of the main
// fixture site. Its own build folder, so that neither a developer's `npm run dev` in this checkout (Next locks
// .next/dev) nor a build clashes with it; tsconfig.json lists its type folders, or `next dev` would add them.
const DIST_DIR = ".test-builds/next-dev";
// The first request compiles the site, which takes minutes on a loaded machine.
const FIRST_COMPILE_MS = 600_000;
const PAGE_MS = 300_000;

const site = mkdtempSync(path.join(tmpdir(), "cnl-dev-site-"));
const posts = path.join(site, "posts");
let server: NextProcess | undefined;
let origin = "";

test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  test.setTimeout(FIRST_COMPILE_MS + 60_000);
  cpSync(fixtureSiteDir(), site, { recursive: true });
  writeFileSync(path.join(posts, "2026-12-02-broken-date.md"), post("Dev site: broken date", "date: 2026-13-02\n"));
  const env = { SITE_DIR: site, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "development", POST_CACHE: "0" };
  server = await startNext("dev", await freePort(), env, FIRST_COMPILE_MS);
  origin = server.origin;
});

test.afterAll(() => {
  server?.stop();
  rmSync(site, { recursive: true, force: true });
});

test("a post with an error shows it on its own page, and every other page works", async ({ page }) => {
  test.setTimeout(PAGE_MS);
  expect((await page.goto(`${origin}/posts/broken-date/`))?.status()).toBe(500);
  // Next's overlay names the file, the line and what is wrong, as npm run check does.
  await expect(page.getByText(/2026-12-02-broken-date\.md:3: date: "2026-13-02" is not a date/).first()).toBeVisible({
    timeout: PAGE_MS / 2,
  });

  expect((await page.goto(`${origin}/`))?.status()).toBe(200);
  await expect(page.getByRole("link", { name: /Kubernetes turns ten/ }).first()).toBeVisible();
  await expect(page.getByText("Dev site: broken date")).toHaveCount(0);
  expect((await page.goto(`${origin}/posts/kubernetes-turns-ten/`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: /Kubernetes turns ten/ })).toBeVisible();
});

test("a post answers as soon as it is saved, and at its new slug as soon as it is renamed", async ({ page }) => {
  test.setTimeout(PAGE_MS);
  // A post page seen first, as an editor would have: Next then holds a list of posts made before the new one.
  expect((await page.goto(`${origin}/posts/kubernetes-turns-ten/`))?.status()).toBe(200);
  writeFileSync(path.join(posts, "2026-12-09-just-saved.md"), post("Dev site: just saved"));
  expect((await page.goto(`${origin}/posts/just-saved/`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dev site: just saved" })).toBeVisible();

  renameSync(path.join(posts, "2026-12-09-just-saved.md"), path.join(posts, "2026-12-09-renamed.md"));
  expect((await page.goto(`${origin}/posts/renamed/`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dev site: just saved" })).toBeVisible();
  await expectSiteNotFound(page, "/posts/just-saved/");
});

test("an unknown path shows the site's 404 page", async ({ page }) => {
  test.setTimeout(PAGE_MS);
  for (const unknown of ["/posts/no-such-post/", "/tags/no-such-tag/", "/no-such-page/"])
    await expectSiteNotFound(page, unknown);
});

async function expectSiteNotFound(page: Page, pathname: string): Promise<void> {
  expect((await page.goto(`${origin}${pathname}`))?.status(), pathname).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page is not here" })).toBeVisible();
}

function post(title: string, frontMatter = ""): string {
  return `---\ntitle: "${title}"\n${frontMatter}---\n\nWritten while the dev server runs.\n`;
}
