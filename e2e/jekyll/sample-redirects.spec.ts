import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parseFrontMatter } from "../../lib/content/front-matter";
import { JEKYLL_SAMPLE_DIR, listSampleFiles, SAMPLES_ABSENT } from "./samples";

// Every old URL a sample post declares, read from the sample itself, with the post it must land on.
const redirects = listSampleFiles().flatMap((name) => {
  const { data } = parseFrontMatter(readFileSync(path.join(JEKYLL_SAMPLE_DIR, name), "utf8"));
  if (data.published === false) return [];
  const slug = name.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.(md|markdown)$/, "");
  const from = data.redirect_from;
  return (Array.isArray(from) ? from : from ? [from] : []).map((path) => ({ from: String(path), slug }));
});

test.skip(listSampleFiles().length === 0, SAMPLES_ABSENT);

test("the samples declare old URLs to test", () => {
  expect(redirects.length).toBeGreaterThanOrEqual(5);
});

for (const { from, slug } of redirects) {
  test(`the old link ${from} still lands on its post`, async ({ page }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`/posts/${slug}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}
