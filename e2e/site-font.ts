import type { Page } from "@playwright/test";

/**
 * Whether Chromium drew the page's text in Inter, the site's font, at every weight the page uses. The font comes
 * in one file a weight, each "optional" (app/layout.tsx): a weight that reaches the page after its first paint
 * leaves that weight's text in the fallback for the page's life, even when the others arrived in time.
 */
export async function drawnInSiteFont(page: Page): Promise<boolean> {
  const samples = await page.evaluate(sampleEachWeight);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  let inSiteFont = samples.length > 0;
  for (const selector of samples) {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    // Chromium names Inter's faces "Inter", "Inter SemiBold", ...; a glyph Inter lacks (▾) may come from another.
    inSiteFont &&= fonts.some((font) => /^Inter\b/.test(font.familyName));
  }
  await cdp.detach();
  return inSiteFont;
}

/** In the browser: a selector for the first shown element with words of its own in each weight of the body's font. */
function sampleEachWeight(): string[] {
  const family = getComputedStyle(document.body).fontFamily;
  const pathOf = (element: Element): string =>
    element.parentElement
      ? `${pathOf(element.parentElement)} > :nth-child(${[...element.parentElement.children].indexOf(element) + 1})`
      : ":root";
  const byWeight = new Map<string, string>();
  for (const element of document.querySelectorAll("body *")) {
    const { fontFamily, fontWeight } = getComputedStyle(element);
    if (fontFamily !== family || byWeight.has(fontWeight) || !element.checkVisibility()) continue;
    const words = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && /\p{L}{3}/u.test(node.textContent ?? ""),
    );
    if (words) byWeight.set(fontWeight, pathOf(element));
  }
  return [...byWeight.values()];
}
