import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

type Focused = { key: string; outline: string; width: number };

/** A description of each visible link, button and form control, in document order. */
function listFocusable(page: Page): Promise<string[]> {
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
async function tabThrough(page: Page, limit: number): Promise<Focused[]> {
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

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { name, path, ready } of PAGE_TYPES) {
      test(`${name} (${path}): every link and button is reached by Tab, with a visible focus ring`, async ({
        page,
      }) => {
        await page.goto(path);
        if (ready) await expect(page.locator(ready).first()).toBeVisible();
        const focusable = await listFocusable(page);
        expect(focusable.length).toBeGreaterThan(0);
        const visited = await tabThrough(page, focusable.length + 5);
        expect(visited.map((entry) => entry.key)).toEqual(focusable);
        for (const entry of visited) {
          expect(entry.outline, entry.key).not.toBe("none");
          expect(entry.width, entry.key).toBeGreaterThanOrEqual(2);
        }
      });
    }
  });
}

test("the first Tab shows a skip link that moves focus to the page's content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
  // The next Tab lands on the first link of the content, past the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main")?.id)).toBe("content");
});
