/**
 * `npm run screenshots [-- --site out --port 4890]`: phone (390×844) and desktop (1280×800) screenshots of every
 * page type in e2e/page-types.ts, light and dark, taken from the built export (run `npm run build` first) with
 * Playwright and the system's Chromium. Viewport only, palette PNGs, written to docs/screenshots/.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright";
import sharp from "sharp";
import { startStaticServer } from "../bench/measure/static-server";
import { chromiumLaunchOptions } from "../e2e/browser";
import { PAGE_TYPES } from "../e2e/page-types";
import { toolEnv } from "../lib/env";

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844, isMobile: true },
  { name: "desktop", width: 1280, height: 800, isMobile: false },
] as const;
const SCHEMES = ["light", "dark"] as const;

const args = new Map<string, string>();
for (let index = 2; index < process.argv.length; index += 2)
  args.set(process.argv[index] ?? "", process.argv[index + 1] ?? "");
const siteDir = path.resolve(args.get("--site") ?? "out");
const port = Number(args.get("--port") ?? toolEnv.screenshotsPort);
const outDir = path.resolve("docs", "screenshots");

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer(siteDir, port);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        isMobile: viewport.isMobile,
        hasTouch: viewport.isMobile,
        colorScheme,
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      for (const type of PAGE_TYPES) {
        await page.goto(`${server.origin}${type.path}`, { waitUntil: "networkidle" });
        if (type.ready) await page.locator(type.ready).first().waitFor();
        const file = path.join(outDir, `${slug(type.name)}-${viewport.name}-${colorScheme}.png`);
        // A 128-colour palette keeps each file small; the pages are flat colours and text.
        await sharp(await page.screenshot())
          .png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 })
          .toFile(file);
        console.log(`  ${path.relative(".", file)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
