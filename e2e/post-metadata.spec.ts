import { expect, test, type Page } from "@playwright/test";
import { site } from "../lib/site";

const meta = (page: Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first();

async function jsonLdGraphs(page: Page): Promise<{ "@graph": Record<string, unknown>[] }[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text));
}

test("a post carries its title, description, canonical URL, Open Graph article and Twitter card", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-october-2018/");
  const url = `${site.url}/posts/cloud-native-london-october-2018/`;
  await expect(page).toHaveTitle(
    "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys | Cloud Native London",
  );
  await expect(meta(page, "description")).toHaveAttribute("content", /^eBPF auditing from Jetstack/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(meta(page, "og:type")).toHaveAttribute("content", "article");
  await expect(meta(page, "og:url")).toHaveAttribute("content", url);
  await expect(meta(page, "og:site_name")).toHaveAttribute("content", site.name);
  await expect(meta(page, "og:image")).toHaveAttribute(
    "content",
    `${site.url}/og/cloud-native-london-october-2018.png`,
  );
  await expect(meta(page, "og:image:width")).toHaveAttribute("content", /^\d+$/);
  await expect(meta(page, "og:image:height")).toHaveAttribute("content", /^\d+$/);
  await expect(meta(page, "article:published_time")).toHaveAttribute("content", "2018-10-08T23:00:00.000Z");
  await expect(meta(page, "twitter:card")).toHaveAttribute("content", "summary_large_image");
});

test("a post carries one JSON-LD graph that parses, with its BlogPosting", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-october-2018/");
  const graphs = await jsonLdGraphs(page);
  expect(graphs).toHaveLength(1);
  const posting = graphs[0]?.["@graph"].find((node) => node["@type"] === "BlogPosting");
  expect(posting).toMatchObject({
    headline: "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
    datePublished: "2018-10-08T23:00:00.000Z",
    mainEntityOfPage: { "@id": `${site.url}/posts/cloud-native-london-october-2018/` },
    image: { url: `${site.url}/og/cloud-native-london-october-2018.png` },
  });
  expect(posting?.author).toBeTruthy();
  expect(posting?.publisher).toBeTruthy();
});

test("a post without an image is shared with a card drawn at build time", async ({ page, request }) => {
  await page.goto("/posts/cncf-end-user-technology-radar-observability/");
  const image = `${site.url}/og/cncf-end-user-technology-radar-observability.png`;
  await expect(meta(page, "og:image")).toHaveAttribute("content", image);
  await expect(meta(page, "og:image:width")).toHaveAttribute("content", "1200");
  await expect(meta(page, "og:image:height")).toHaveAttribute("content", "630");
  const response = await request.get(image.replace(site.url, ""));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});

test("the home page describes the WebSite, and list pages link their neighbours", async ({ page }) => {
  await page.goto("/");
  const [graph] = await jsonLdGraphs(page);
  expect(graph?.["@graph"].some((node) => node["@type"] === "WebSite")).toBe(true);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute("href", `${site.url}/page/2/`);

  await page.goto("/page/2/");
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute("href", `${site.url}/`);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${site.url}/page/2/`);
});
