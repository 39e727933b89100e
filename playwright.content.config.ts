import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";
import { toolEnv } from "./lib/env";

// The site's own content, against the one export `npm run build` (or the "content" test site) wrote to out/:
// on a content-only pull request (CONTRIBUTING.md, "What runs on your pull request") the changed pages and a
// smoke set, in `npm test` every page (e2e/content/changed-pages.ts).
const port = toolEnv.e2ePortBase + 90;

export default defineConfig({
  testDir: "e2e/content",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: "list",
  use: {
    // As in playwright.config.ts: one context per worker, reset between tests.
    reuseContext: true,
    ...devices["Pixel 7"],
    browserName: "chromium",
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npx tsx tools/serve-static.ts out ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 30_000,
  },
});
