import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

test.use({ viewport: { width: 390, height: 844 } });

for (const { name, path, ready } of PAGE_TYPES) {
  test(`${name} (${path}): the page's heading clears the header, and its last block (pagination) clears the footer`, async ({
    page,
  }) => {
    await page.goto(path);
    if (ready) await expect(page.locator(ready).first()).toBeVisible();
    const gaps = await page.evaluate(() => {
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
    expect(gaps.headerToHeading).toBeGreaterThanOrEqual(16);
    expect(gaps.contentToFooter).toBeGreaterThanOrEqual(24);
    if (gaps.paginationToFooter !== undefined) expect(gaps.paginationToFooter).toBeGreaterThanOrEqual(24);
  });
}
