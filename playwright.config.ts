import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";
import { portOf, TEST_SITES, type TestSite } from "./e2e/test-sites";
import { toolEnv } from "./lib/env";
import { fixtureSiteEnv } from "./test/support/fixture-sites";

// Specs that work out what a page must show from the posts (lib/ in the test process) read the posts the "main"
// and "basepath" sites are built from, as does the server-mode build's `next start`.
Object.assign(process.env, fixtureSiteEnv());

// E2E_SITES=jekyll runs only those sites' projects and servers, after building only them. The "content" site
// has its own configuration (playwright.content.config.ts), which reads the project's content, not a fixture's.
const sites = TEST_SITES.filter((site) => site.name !== "content" && (toolEnv.e2eSites?.includes(site.name) ?? true));

/** End-to-end tests run against real static exports (test/support/build-test-sites.ts), served over HTTP. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 3,
  retries: 0,
  reporter: "list",
  // One browser context per worker, reset between tests (cache, storage, routes, clock, emulation): a fresh
  // context for each of the 600 tests cost more CPU than the tests themselves. A test that sets a context-level
  // option (bypassCSP, javaScriptEnabled, isMobile, ...) still gets a context of its own.
  use: { trace: "off", reuseContext: true },
  // e2e/visual.spec.ts's screenshots are the documentation's too: `npm run screenshots` rewrites them.
  snapshotPathTemplate: "docs/screenshots/{arg}{ext}",
  expect: { toHaveScreenshot: { animations: "disabled", caret: "hide", scale: "css" } },
  projects: sites.map((site) => ({
    name: site.name,
    testMatch: site.name === "main" ? "*.spec.ts" : specFolders(site).map((folder) => `${folder}/**/*.spec.ts`),
    testIgnore:
      site.name === "main"
        ? TEST_SITES.filter((other) => other !== site)
            .flatMap(specFolders)
            .map((folder) => `${folder}/**`)
        : [],
    use: {
      ...devices["Pixel 7"],
      browserName: "chromium" as const,
      baseURL: `http://127.0.0.1:${portOf(site)}`,
      launchOptions: chromiumLaunchOptions(),
    },
  })),
  webServer: sites.map((site) => ({
    command: `npx tsx tools/serve-static.ts ${site.outDir} ${portOf(site)} ${site.env.BASE_PATH ?? ""}`.trim(),
    url: `http://127.0.0.1:${portOf(site)}${site.readyPath}`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});

/** The folders under e2e/ whose specs run against `site`. */
function specFolders(site: TestSite): string[] {
  return [site.name, ...(site.alsoSpecs ?? [])];
}
