import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3100);

/** End-to-end tests run against the real static export in out/, served over HTTP. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  use: { baseURL: `http://127.0.0.1:${port}`, trace: "off" },
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium", launchOptions: chromiumLaunchOptions() } },
  ],
  webServer: {
    command: `npx tsx scripts/serve-static.ts out ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
