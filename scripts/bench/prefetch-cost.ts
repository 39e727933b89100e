/**
 * `npm run bench:prefetch -- [--port 3691]`: what Next's link prefetching would cost a reader. Builds two
 * copies of the site, as it is (every <Link prefetch={false}>) and with `prefetch={false}` removed (Next's
 * default: prefetch links as they scroll into view), serves both precompressed, opens the list pages in
 * Chromium (Pixel 7), scrolls to the end without clicking, and reports what each downloaded.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/browser";
import { PAGE_TYPES } from "../../e2e/page-types";
import { buildCopy } from "./build-copy";
import { precompress } from "./precompress";
import { startStaticServer } from "./static-server";
import { formatTable } from "./table";

const root = path.resolve(".bench", "prefetch");
const port = Number(process.argv[process.argv.indexOf("--port") + 1] ?? 3691) || 3691;
const pages = PAGE_TYPES.filter((page) => ["home", "list page 2", "tag page", "tag index"].includes(page.name));

function build(variant: "as-is" | "prefetch"): string {
  // Both are copies built the same way; the "prefetch" one has every prefetch={false} removed.
  const edit = (_file: string, text: string) =>
    variant === "as-is" ? text : text.replace(/\s+prefetch=\{false\}/g, "");
  return buildCopy(path.join(root, variant), edit);
}

type Load = { requests: number; bytes: number; prefetches: number; prefetchBytes: number };

async function measure(siteDir: string, pagePath: string): Promise<Load> {
  const server = await startStaticServer(siteDir, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ ...devices["Pixel 7"] });
    const responses: { url: string; bytes: Promise<number> }[] = [];
    page.on("requestfinished", (request) =>
      responses.push({ url: request.url(), bytes: request.sizes().then((sizes) => sizes.responseBodySize) }),
    );
    await page.goto(`${server.origin}${pagePath}`);
    await page.waitForLoadState("networkidle");
    for (let y = 0; y < 20; y += 1) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(150);
    }
    await page.waitForLoadState("networkidle");
    const sized = await Promise.all(responses.map(async ({ url, bytes }) => ({ url, bytes: await bytes })));
    const prefetched = sized.filter(({ url }) => /\.txt(\?|$)|[?&]_rsc=/.test(url));
    const sum = (list: typeof sized) => list.reduce((total, entry) => total + entry.bytes, 0);
    return { requests: sized.length, bytes: sum(sized), prefetches: prefetched.length, prefetchBytes: sum(prefetched) };
  } finally {
    await browser.close();
    server.stop();
  }
}

mkdirSync(root, { recursive: true });
const sites = { "as-is": build("as-is"), prefetch: build("prefetch") };
const rows: (string | number)[][] = [];
for (const [variant, siteDir] of Object.entries(sites)) {
  precompress(siteDir);
  for (const page of pages) {
    const load = await measure(siteDir, page.path);
    const kib = (bytes: number) => (bytes / 1024).toFixed(1);
    rows.push([`${page.path} ${variant}`, load.requests, kib(load.bytes), load.prefetches, kib(load.prefetchBytes)]);
  }
}
console.log("\nOpening each list page and scrolling to its end, without clicking (transferred, gzip):\n");
console.log(formatTable(["page, links", "requests", "KiB", "prefetch requests", "prefetch KiB"], rows));
