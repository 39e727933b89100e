import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { FILE_HEADERS, securityHeaders } from "../lib/security/security-headers";
import { listExportedFiles, urlPathOf } from "../pipeline/export/exported-files";
import { TEST_SITES } from "./test-sites";

const outDir = TEST_SITES.find((site) => site.name === "main")?.outDir ?? "out";
if (!existsSync(outDir)) throw new Error(`${outDir}/ is missing: build the test sites first (npm run test:e2e).`);
const SECURITY_HEADERS = securityHeaders("export");
const PAGES = listExportedFiles(outDir, [".html"]).map(urlPathOf);

/** Start recording every Content-Security-Policy violation the page reports, by event and in the console. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|frame-ancestors/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}`);
    });
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ];
}

test.describe("every page satisfies its Content-Security-Policy", () => {
  for (const path of PAGES) {
    test(`${path} loads with the security headers and no violation`, async ({ page }) => {
      const violations = await recordViolations(page);
      // goto waits for the load event, by which every request these pages make has been made: their scripts
      // fetch nothing unasked (search fetches its index only for a query) and lazy images are not scrolled to.
      const response = await page.goto(path);
      for (const { key, value } of SECURITY_HEADERS) expect(response?.headers()[key.toLowerCase()]).toBe(value);
      expect(await violations()).toEqual([]);
    });
  }
});

test("a script injected into a page does not run: only the page's own inline scripts are allowed", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto("/posts/cloud-native-london-october-2018/");
  await page.waitForLoadState("networkidle");
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return "__injected" in window;
  });
  expect(ran).toBe(false);
  // Blocked twice: by the header's policy and by the page's <meta>, each of which allows no such script.
  expect((await violations()).filter((line) => line.startsWith("script-src-elem blocked inline"))).toHaveLength(2);
});

test("no other site can frame the pages, and images are served with a policy that runs nothing", async ({ page }) => {
  const violations = await recordViolations(page);
  const image = await page.request.get("/images/speakers/luke-addison.jpg");
  expect(image.headers()["content-security-policy"]).toBe(
    [SECURITY_HEADERS[0]?.value, FILE_HEADERS[0]?.value].join(", "),
  );
  // A page of another site would be refused on the loopback address, so a stand-in page frames the home page.
  const framer = new URL("/framer-stand-in/", image.url()).href;
  await page.route(framer, (route) => route.fulfill({ contentType: "text/html", body: '<iframe src="/"></iframe>' }));
  await page.goto(framer);
  await expect.poll(violations).toContainEqual(expect.stringMatching(/frame-ancestors 'none'/));
  expect(await page.frames()[1]?.locator("header").count()).toBe(0);
});
