import type { Page } from "@playwright/test";

/** What had focus after one press of Tab, and how its focus ring was drawn. */
export type Focused = { key: string; outline: string; width: number };

/** A description of each visible link, button and form control, in document order. */
export function listFocusable(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, iframe, summary, [tabindex]")]
      // checkVisibility() also leaves out what a closed <details> hides, such as the header's menu on a phone.
      .filter((element) => element.tabIndex >= 0 && element.checkVisibility())
      .map((element) => `${element.tagName} ${element.getAttribute("href") ?? ""} ${element.textContent?.trim()}`),
  );
}

/**
 * Press Tab until focus leaves the page or comes back to a control it already reached, noting what had focus and
 * how its ring was drawn. Past the last control, focus leaves a page of its own for the browser, while in the
 * page playwright.config.ts reuses between tests it wraps round to the first: either way the walk is over.
 */
export async function tabThrough(page: Page, limit: number): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const reached = ((window as { tabReached?: WeakSet<Element> }).tabReached ??= new WeakSet());
      if (!(element instanceof HTMLElement) || element === document.body || reached.has(element)) return undefined;
      reached.add(element);
      const style = getComputedStyle(element);
      return {
        key: `${element.tagName} ${element.getAttribute("href") ?? ""} ${element.textContent?.trim()}`,
        outline: style.outlineStyle,
        width: Number.parseFloat(style.outlineWidth),
      };
    });
    if (!focused) break;
    seen.push(focused);
  }
  return seen;
}
