import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

// WCAG 2.5.5's 44 CSS pixels, and room enough between neighbours that a thumb hits the one it meant.
const MIN_SIZE = 44;
const MIN_GAP = 4;

/** A control's box; `scroller` when it sits in a box that scrolls sideways on its own (a wide code block). */
type Target = { name: string; x: number; y: number; width: number; height: number; scroller: boolean };

/**
 * Every visible link, button, form control and disclosure outside running text: links in a sentence (a
 * paragraph with words of its own, a post's body, a talk's takeaways) are exempt, as WCAG exempts them.
 */
function listTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const ancestors = (element: Element): Element[] =>
      element.parentElement ? [element.parentElement, ...ancestors(element.parentElement)] : [];
    const inSentence = (element: Element) => {
      if (element.closest(".prose, .takeaways")) return true;
      const paragraph = element.closest("p");
      if (!paragraph) return false;
      const copy = paragraph.cloneNode(true) as Element;
      for (const control of copy.querySelectorAll("a, button, input, select, .visually-hidden")) control.remove();
      return /\p{L}/u.test(copy.textContent ?? "");
    };
    return (
      [...document.querySelectorAll("a[href], button, input, select, textarea, summary")]
        // checkVisibility() leaves out what a closed <details> hides, whose boxes Chromium still lays out.
        .filter((element) => !inSentence(element) && element.checkVisibility())
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ element, box }) => {
          const style = getComputedStyle(element);
          const clipped = element.closest(".visually-hidden");
          return (
            box.width > 1 && box.height > 1 && box.bottom + scrollY > 0 && style.visibility !== "hidden" && !clipped
          );
        })
        .map(({ element, box }) => ({
          name: `${element.tagName} ${element.getAttribute("href") ?? ""} ${element.textContent?.trim().slice(0, 40)}`,
          x: box.x + scrollX,
          y: box.y + scrollY,
          width: box.width,
          height: box.height,
          scroller: ancestors(element).some((box) => /auto|scroll/.test(getComputedStyle(box).overflowX)),
        }))
    );
  });
}

function gapBetween(a: Target, b: Target): number {
  const dx = Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width));
  const dy = Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height));
  return Math.hypot(dx, dy);
}

/** Room between the page's heading and the header, and between its last block (pagination) and the footer. */
function measureGaps(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector(".site-header")?.getBoundingClientRect();
    const heading = document.querySelector("main h1")?.getBoundingClientRect();
    const footer = document.querySelector(".site-footer")?.getBoundingClientRect();
    const blocks = [...document.querySelectorAll("main > *, main > * > *")]
      .filter((element) => !(element instanceof HTMLScriptElement))
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.height > 0);
    const lastBottom = Math.max(...blocks.map((box) => box.bottom));
    const pagination = document.querySelector(".pagination")?.getBoundingClientRect();
    return {
      headerToHeading: heading && header ? heading.top - header.bottom : undefined,
      contentToFooter: footer ? footer.top - lastBottom : undefined,
      paginationToFooter: pagination && footer ? footer.top - pagination.bottom : undefined,
    };
  });
}

test.describe("on a 390-px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // One visit per page type: the spacing is measured first, as the page opens, before any disclosure is opened.
  for (const { name, path, ready } of PAGE_TYPES) {
    test(`${name} (${path}): the page's heading clears the header, and its last block (pagination) clears the footer; every control outside running text is at least 44 px tall, with room around it`, async ({
      page,
    }) => {
      await page.goto(path);
      if (ready) await expect(page.locator(ready).first()).toBeVisible();

      await test.step("the heading clears the header, and the last block (pagination) clears the footer", async () => {
        const gaps = await measureGaps(page);
        expect(gaps.headerToHeading).toBeGreaterThanOrEqual(16);
        expect(gaps.contentToFooter).toBeGreaterThanOrEqual(24);
        if (gaps.paginationToFooter !== undefined) expect(gaps.paginationToFooter).toBeGreaterThanOrEqual(24);
      });

      await test.step("every control outside running text is at least 44 px tall, with room around it", async () => {
        // Open every disclosure in the page, so the calendar links inside are measured too. The header's menu
        // opens over the page, so its links are measured on their own, below.
        await page.evaluate(() =>
          document
            .querySelectorAll<HTMLDetailsElement>("details:not(.nav-menu)")
            .forEach((details) => (details.open = true)),
        );
        const targets = await listTargets(page);
        expect(targets.length).toBeGreaterThan(5);
        const small = targets.filter((target) => target.height < MIN_SIZE - 0.5);
        expect(small.map((target) => `${target.name}: ${Math.round(target.height)} px`)).toEqual([]);
        const crowded: string[] = [];
        for (const [index, target] of targets.entries()) {
          for (const other of targets.slice(index + 1)) {
            if (gapBetween(target, other) < MIN_GAP) crowded.push(`${target.name} | ${other.name}`);
          }
        }
        expect(crowded).toEqual([]);

        const menu = page.locator("details.nav-menu");
        if ((await menu.count()) > 0 && (await menu.isVisible())) {
          await menu.locator("summary").click();
          const heights = await menu
            .locator("nav a")
            .evaluateAll((links) =>
              links.map((link) => `${link.textContent}: ${Math.round(link.getBoundingClientRect().height)}`),
            );
          expect(heights.length).toBeGreaterThan(0);
          expect(heights.filter((entry) => Number(entry.split(": ").pop()) < MIN_SIZE - 0.5)).toEqual([]);
        }
      });
    });
  }
});

for (const { name, path, ready } of PAGE_TYPES) {
  test(`${name} (${path}): on a 320-px phone every control is on the screen, none cut off at its edge`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    if (ready) await expect(page.locator(ready).first()).toBeVisible();
    const targets = await listTargets(page);
    const cut = targets.filter((target) => !target.scroller && (target.x < -0.5 || target.x + target.width > 320.5));
    expect(
      cut.map((target) => `${target.name}: ${Math.round(target.x)}–${Math.round(target.x + target.width)} px`),
    ).toEqual([]);
  });
}
