import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

test.use({ reducedMotion: "reduce" });

for (const { name, path } of PAGE_TYPES) {
  test(`${name} (${path}): nothing animates or transitions for a reader who asks for reduced motion`, async ({
    page,
  }) => {
    await page.goto(path);
    // Hover and focus a link too: transitions usually hang on those states.
    const link = page.getByRole("main").getByRole("link").first();
    await link.hover();
    await link.focus();
    const moving = await page.evaluate(() => {
      const seconds = (value: string) => value.split(",").reduce((sum, part) => sum + Number.parseFloat(part), 0);
      const found: string[] = [];
      for (const element of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          const style = getComputedStyle(element, pseudo);
          const duration = seconds(style.transitionDuration) + seconds(style.animationDuration);
          const animated = style.animationName !== "none" && seconds(style.animationDuration) > 0;
          if (duration > 0 || animated) found.push(`${element.tagName}${pseudo ?? ""}.${element.className}`);
        }
      }
      const scroll = getComputedStyle(document.documentElement).scrollBehavior;
      return { found, running: document.getAnimations().length, scroll };
    });
    expect(moving.found).toEqual([]);
    expect(moving.running).toBe(0);
    expect(moving.scroll).not.toBe("smooth");
  });
}
