import { expect, test } from "@playwright/test";
import { BASE, watchRequests } from "./base-path";

// The site's own address (lib/site.ts), which absolute links in feeds, metadata and calendars start with.
const SITE_URL = "https://cloudnative.london";

const PAGES = [
  `${BASE}/`,
  `${BASE}/posts/cloud-native-london-october-2018/`,
  `${BASE}/posts/cloud-native-london-november-2018/`,
  `${BASE}/tags/`,
  `${BASE}/tags/meetup/`,
];

for (const path of PAGES) {
  test(`${path} loads its styles, scripts and images from below the base path`, async ({ page }) => {
    const requests = watchRequests(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    for (const image of await page.locator("img").all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    }
    await expect(page.locator("link[rel='icon']").first()).toHaveAttribute("href", new RegExp(`^${BASE}/`));
    // The stylesheet applied: the skip link is moved out of sight until focused.
    await expect(page.getByRole("link", { name: "Skip to content" })).not.toBeInViewport();
    expect(requests.seen.some((seen) => seen.startsWith(`${BASE}/_next/`) && seen.endsWith(".css"))).toBe(true);
    // The site's own scripts, where the page has any, come from below the base path and load.
    const scripts = await page
      .locator("script[src]")
      .evaluateAll((elements) =>
        elements.map((element) => new URL(element.getAttribute("src") ?? "", location.href).pathname),
      );
    for (const script of scripts) {
      expect(script).toMatch(new RegExp(`^${BASE}/js/[a-z-]+\\.js$`));
      expect(requests.seen).toContain(script);
    }
    expect(requests.outside).toEqual([]);
    expect(requests.failed).toEqual([]);
  });

  test(`${path} links only to addresses below the base path: pages, feeds, calendars and images alike`, async ({
    page,
  }) => {
    await page.goto(path);
    const addresses = await page
      .locator("[href], [src], [srcset], meta[content]")
      .evaluateAll((elements) =>
        elements.flatMap((element) =>
          ["href", "src", "srcset", "content"].flatMap((name) => element.getAttribute(name)?.split(/,\s+/) ?? []),
        ),
      );
    const escaping = addresses
      .map((address) => address.trim().split(/\s+/)[0] ?? "")
      .filter((address) => (address.startsWith("/") && !address.startsWith("//")) || address.startsWith(SITE_URL))
      .filter((address) => !address.replace(SITE_URL, "").startsWith(`${BASE}/`));
    expect(addresses.filter((address) => address.startsWith(`${BASE}/`)).length).toBeGreaterThan(5);
    expect(escaping).toEqual([]);
  });
}

test("nothing is served outside the base path, as on a GitHub project page", async ({ page }) => {
  expect((await page.goto("/"))?.status()).toBe(404);
  expect((await page.goto("/posts/cloud-native-london-october-2018/"))?.status()).toBe(404);
  const response = await page.goto(BASE);
  expect(response?.url()).toMatch(new RegExp(`${BASE}/$`));
});
