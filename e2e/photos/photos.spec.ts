import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { GALLERY, PHOTO_POST } from "./prepare-site";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Scroll to the end so lazy photos load, then wait for the network to settle. */
async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 30; step += 1) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (done) break;
  }
  await page.waitForLoadState("networkidle");
}

const galleryLinks = (page: Page) => page.locator(".gallery").first().getByRole("link");

test("every photo loads, as AVIF, and none is broken", async ({ page }) => {
  await page.goto(PHOTO_POST);
  await scrollThrough(page);
  const images = await page.locator("main img").evaluateAll((elements) =>
    (elements as HTMLImageElement[]).map((img) => ({
      alt: img.alt,
      complete: img.complete,
      natural: img.naturalWidth,
      src: img.currentSrc,
    })),
  );
  expect(images.length).toBe(1 + 1 + GALLERY.length + 2);
  for (const image of images) {
    expect(image, image.alt).toMatchObject({ complete: true });
    expect(image.natural, image.alt).toBeGreaterThan(0);
    expect(image.src, image.alt).toMatch(/\/images\/processed\/[0-9a-f]{16}\/[a-z0-9-]+-\d+\.avif$/);
  }
});

test.describe("on a 390×844 phone at DPR 3", () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });

  test("each photo comes at about the pixels it fills, not the original's", async ({ page }) => {
    await page.goto(PHOTO_POST);
    await scrollThrough(page);
    const chosen = await page.locator("main img").evaluateAll((elements) =>
      (elements as HTMLImageElement[]).map((img) => ({
        shown: Math.round(img.getBoundingClientRect().width * devicePixelRatio),
        width: Number(/-(\d+)\.\w+$/.exec(img.currentSrc)?.[1]),
      })),
    );
    for (const { shown, width } of chosen) {
      // The smallest width that covers the photo's pixels, never the 3000-pixel original.
      expect(width).toBeGreaterThanOrEqual(Math.min(shown, 1080));
      expect(width).toBeLessThan(shown * 2);
    }
    // The header photo fills the column: 358 CSS pixels, 1074 device pixels, so the 1080 file.
    expect(chosen[0]?.width).toBe(1080);
  });
});

test("without JavaScript, a gallery is a grid of captioned photos, each linking to its full size", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PHOTO_POST);
  const gallery = page.locator(".gallery").first();
  await expect(gallery.locator("figcaption")).toHaveText(GALLERY);
  const boxes = await gallery
    .locator("img")
    .evaluateAll((elements) => elements.map((img) => img.getBoundingClientRect().top));
  // Two or three to a row, not one below the other.
  expect(new Set(boxes.map(Math.round)).size).toBeLessThan(GALLERY.length);
  const response = page.waitForResponse((candidate) => candidate.url().endsWith("/images/walk-1.jpg"));
  await gallery.getByRole("link").first().click();
  const full = await response;
  expect(full.headers()["content-type"]).toBe("image/jpeg");
  const meta = await sharp(await full.body()).metadata();
  // The full size is the largest published: at most 2560 pixels a side, without the camera's metadata.
  expect([meta.width, meta.height, meta.exif]).toEqual([2400, 1600, undefined]);
  await context.close();
});

test("a photo taken sideways is shown upright, and published without its GPS position", async ({ page, request }) => {
  await page.goto(PHOTO_POST);
  const upright = page.getByRole("img", { name: "The venue from the street, on a phone held upright" });
  await upright.scrollIntoViewIfNeeded();
  const box = await upright.boundingBox();
  expect(box && box.height > box.width).toBe(true);
  const original = await request.get("/images/walk-upright.jpg");
  const meta = await sharp(await original.body()).metadata();
  expect([meta.width, meta.height, meta.exif, meta.orientation]).toEqual([1500, 2000, undefined, undefined]);
});

test("the viewer opens a gallery photo larger, moves with the arrow keys, and Escape returns focus", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { violations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto(PHOTO_POST);
  // Served with the site's policy (out/_headers), and the page's own <meta> policy besides.
  expect(response?.headers()["content-security-policy"]).toContain("img-src 'self'");
  const links = galleryLinks(page);
  await links.nth(1).focus();
  await page.keyboard.press("Enter");
  const viewer = page.getByRole("dialog", { name: "Photo viewer" });
  await expect(viewer).toBeVisible();
  await expect(viewer.locator("figcaption")).toHaveText(`${GALLERY[1]} (2 of ${GALLERY.length})`);
  await expect(viewer.getByRole("img", { name: GALLERY[1] })).toHaveJSProperty("complete", true);
  await page.keyboard.press("ArrowRight");
  await expect(viewer.locator("figcaption")).toHaveText(`${GALLERY[2]} (3 of ${GALLERY.length})`);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(viewer.locator("figcaption")).toHaveText(`${GALLERY.at(-1)} (${GALLERY.length} of ${GALLERY.length})`);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
  // Focus is back on the photo last shown, where the reader left the gallery.
  await expect(links.last()).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test("the photo page has no axe violations and loads the viewer script, which other pages do not", async ({ page }) => {
  await page.goto(PHOTO_POST);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await expect(page.locator('script[src$="/js/gallery-viewer.js"]')).toHaveCount(1);
  await page.goto("/");
  await expect(page.locator('script[src$="/js/gallery-viewer.js"]')).toHaveCount(0);
});

test("nothing moves while the photos load late", async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (globalThis as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.route(/\.(jpe?g|avif|webp)$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(PHOTO_POST);
  await page.waitForLoadState("networkidle");
  await scrollThrough(page);
  expect(await page.evaluate(() => (globalThis as unknown as { shifts: number[] }).shifts)).toEqual([]);
});
