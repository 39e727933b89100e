import { chromium } from "playwright";
import { toolEnv } from "../../lib/env";

/** A phone as the page budget describes it: 390×844 CSS pixels at a device pixel ratio of 3. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** Bytes transferred (encoded, headers included) once `url` has been loaded and scrolled to its end on a phone. */
export async function measureScrolledWeight(url: string): Promise<{ bytes: number; requests: number }> {
  const browser = await chromium.launch({ executablePath: toolEnv.chromePath ?? "/usr/bin/chromium" });
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    let bytes = 0;
    let requests = 0;
    cdp.on("Network.loadingFinished", (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(url, { waitUntil: "load" });
    for (let step = 0; step < 200; step += 1) {
      const done = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight / 2);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      });
      await page.waitForTimeout(100);
      if (done) break;
    }
    await page.waitForLoadState("networkidle");
    return { bytes, requests };
  } finally {
    await browser.close();
  }
}
