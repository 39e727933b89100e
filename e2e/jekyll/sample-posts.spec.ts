import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import { parse } from "yaml";
import { JEKYLL_SAMPLE_DIR, listSampleFiles, SAMPLES_ABSENT } from "./samples";
import { toolEnv } from "../../lib/env";

const samples = listSampleFiles();
if (samples.length === 0 && !toolEnv.playwrightWorker)
  console.log(`Skipping the Jekyll sample specs: ${SAMPLES_ABSENT}.`);

// What Jekyll made of each sample's front matter, read independently of the site's own YAML reader: the
// quoted years must stay tags, hide_image must hide the hero, and published: false must leave no page.
const EXPECTED: Record<string, { date: string; tags: string[]; hero: boolean; published?: false }> = {
  "2017-07-05": { date: "5 July 2017", tags: ["Photos", "Slides", "2017", "Meetup"], hero: true },
  "2017-09-27": { date: "27 September 2017", tags: ["Video", "Slides", "2017"], hero: false },
  "2017-12-08": { date: "8 December 2017", tags: ["Video", "Slides", "2017", "Featured"], hero: false },
  "2018-10-09": { date: "9 October 2018", tags: ["Photos", "2018", "Meetup"], hero: true },
  "2018-11-07": { date: "7 November 2018", tags: ["Photos", "Video", "Meetup", "2018"], hero: true },
  "2020-09-11": { date: "11 September 2020", tags: ["Video", "2020"], hero: true, published: false },
  "2021-03-03": { date: "3 March 2021", tags: ["Photos", "Video", "Meetup", "2021"], hero: true },
  "2024-06-05": { date: "5 June 2024", tags: ["Photos", "Video", "Meetup", "2024"], hero: true },
};

test("the samples are the eight posts these tests know", () => {
  test.skip(samples.length === 0, SAMPLES_ABSENT);
  expect(samples.map((name) => name.slice(0, 10))).toEqual(Object.keys(EXPECTED));
});

for (const name of samples) {
  const expected = EXPECTED[name.slice(0, 10)];
  const slug = name.slice(11).replace(/\.(md|markdown)$/, "");
  const source = readFileSync(path.join(JEKYLL_SAMPLE_DIR, name), "utf8");
  const frontMatter: Record<string, unknown> = parse(source.split(/^---\s*$/m)[1] ?? "") ?? {};
  const field = (key: string) => (typeof frontMatter[key] === "string" ? frontMatter[key] : undefined);

  test(`${name} renders as it did under Jekyll`, async ({ page }) => {
    test.skip(!expected, `${name} is a sample these tests do not know`);
    const response = await page.goto(`/posts/${slug}/`);
    if (expected?.published === false) {
      expect(response?.status()).toBe(404);
      return;
    }
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(field("title") ?? "");
    const header = page.locator("article.post header");
    await expect(header.locator("time")).toHaveText(expected?.date ?? "");
    const location = field("location");
    if (location) await expect(header).toContainText(location);
    await expect(header.getByRole("list", { name: "Tags" }).getByRole("link")).toHaveText(expected?.tags ?? []);
    await expect(page.locator("figure.hero img")).toHaveCount(expected?.hero ? 1 : 0);
    if (expected?.hero) await expectLoaded(page.locator("figure.hero img"));
    for (const image of await page.locator(".prose img").all()) await expectLoaded(image);
    await expect(page.locator("main")).not.toContainText(/\{\{|\{%/);
  });
}

async function expectLoaded(image: Locator): Promise<void> {
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0))
    .toBe(true);
}
