import { expect, test } from "@playwright/test";

// The pages the site ships with (content/pages/). Axe, Tab order, reduced motion and third-party requests
// are checked on each of them through e2e/page-types.ts; this file checks what each page is for.
const SHIPPED = [
  { path: "/about/", via: "header", heading: "About Cloud Native London", shows: "Organisers" },
  { path: "/code-of-conduct/", via: "footer", heading: "Code of conduct", shows: "How to report a problem" },
  { path: "/speak/", via: "header", heading: "Speak at Cloud Native London", shows: "Call for speakers" },
  { path: "/sponsor/", via: "footer", heading: "Sponsor Cloud Native London", shows: "Ways to sponsor" },
  { path: "/venue/", via: "footer", heading: "Venue and access", shows: "Access" },
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, via, heading, shows } of SHIPPED) {
    test(`${path} is reached from the ${via} and shows its content`, async ({ page }) => {
      await page.goto("/");
      // The header's Menu is a <details>: it opens without JavaScript.
      if (via === "header") await page.locator(".site-header summary", { hasText: "Menu" }).click();
      const nav = page.getByRole("navigation", { name: via === "header" ? "Main" : "Footer" });
      await nav.locator(`a[href="${path}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("heading", { level: 2, name: shows })).toBeVisible();
    });
  }

  test("the call for speakers shows the build's answer: open, with the button to the form", async ({ page }) => {
    await page.goto("/speak/");
    await expect(page.getByRole("link", { name: "Propose a talk" })).toHaveAttribute(
      "href",
      "https://form.jotform.com/202446622615350",
    );
  });
});

test("the demo posts that were pages answer at their old URLs, and are no longer posts", async ({ page }) => {
  for (const [old, now] of [
    ["/posts/code-of-conduct/", "/code-of-conduct/"],
    ["/posts/how-to-give-your-first-talk/", "/speak/"],
    ["/posts/sponsoring-cloud-native-london/", "/sponsor/"],
    ["/cnl-speak/", "/speak/"],
  ]) {
    await page.goto(old ?? "");
    await expect(page).toHaveURL(new RegExp(`${now}$`));
  }
  // Pages are in the sitemap, never in the feed or the archive.
  const feed = await (await page.request.get("/feed.xml")).text();
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  for (const path of ["/code-of-conduct/", "/speak/", "/sponsor/"]) {
    expect(feed).not.toMatch(new RegExp(`<id>[^<]*${path}</id>`));
    expect(sitemap).toContain(`${path}</loc>`);
  }
  await page.goto("/archive/");
  await expect(
    page.getByRole("main").getByRole("link", { name: /code of conduct|first talk|Sponsoring/i }),
  ).toHaveCount(0);
});

test("a short link sends the reader to its target", async ({ page }) => {
  await page.route("https://join.slack.com/**", (route) => route.fulfill({ body: "Slack" }));
  await page.goto("/cnl-slack/");
  await expect(page).toHaveURL(/^https:\/\/join\.slack\.com\/t\/cloud-native-london\//);
});

test.describe("the call for speakers, by the reader's clock", () => {
  // speak.md: opens 2026-11-01, closes at the end of 2027-03-31 in London (23:00 UTC, summer time starts later).
  const cases = [
    { now: "2026-10-31T23:59:00Z", shown: /opens on 1 November 2026/, button: false },
    { now: "2026-11-01T00:01:00Z", shown: /Open until the end of 31 March 2027/, button: true },
    { now: "2027-03-31T22:59:00Z", shown: /Open until the end of 31 March 2027/, button: true },
    { now: "2027-03-31T23:01:00Z", shown: /closed on 31 March 2027/, button: false },
  ];
  for (const { now, shown, button } of cases) {
    test(`at ${now}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(now));
      await page.goto("/speak/");
      const call = page.getByRole("region", { name: "Call for speakers" });
      await expect(call.getByText(shown)).toBeVisible();
      await expect(call.getByRole("link", { name: "Propose a talk" })).toHaveCount(button ? 1 : 0);
    });
  }

  test("the button appears when the call opens while the page is open", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-10-31T23:59:00Z") });
    await page.goto("/speak/");
    const call = page.getByRole("region", { name: "Call for speakers" });
    await expect(call.getByRole("link", { name: "Propose a talk" })).toHaveCount(0);
    await page.clock.runFor(2 * 60_000);
    await expect(call.getByRole("link", { name: "Propose a talk" })).toBeVisible();
  });
});

test.describe("on a 390-px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header is one compact row: the name, a search button and the menu, with every target 44 px", async ({
    page,
  }) => {
    await page.goto("/about/");
    const header = page.locator(".site-header");
    const box = await header.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(57);
    const parts = [
      page.locator(".site-header .brand"),
      page.getByRole("button", { name: "Search" }),
      page.locator(".site-header summary"),
    ];
    for (const part of parts) {
      await expect(part).toBeInViewport();
      expect((await part.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
    // The search button's magnifier is drawn, not an empty block.
    const icon = await page.getByRole("button", { name: "Search" }).locator("svg").boundingBox();
    expect(icon?.width).toBeGreaterThanOrEqual(16);
    expect(icon?.width).toBeLessThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator(".site-header summary").click();
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links.first()).toBeVisible();
    for (const link of await links.all()) expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Speak", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Speak at Cloud Native London");
  });

  test("search is one tap away: the header's button opens the search page, which shows results as one types", async ({
    page,
  }) => {
    await page.goto("/venue/");
    await page.getByRole("button", { name: "Search" }).tap();
    await expect(page).toHaveURL(/\/search\/\?q=$/);
    await expect(page.getByRole("searchbox", { name: "Search posts" })).toBeFocused();
    await page.keyboard.type("kubernetes");
    await expect(page.getByRole("status")).toHaveText(/posts? found for “kubernetes”/);
    await expect(page).toHaveURL(/\/search\/\?q=kubernetes$/);
  });
});

for (const width of [320, 360]) {
  test(`at ${width} px the header fits: no sideways scrolling, the menu whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const menu = await page.locator(".site-header summary").boundingBox();
    expect(menu && menu.x + menu.width).toBeLessThanOrEqual(width);
  });
}

test("the sponsor page lists past sponsors with the meetups they supported", async ({ page }) => {
  await page.goto("/sponsor/");
  const past = page.getByRole("region", { name: "Past sponsors" });
  await expect(past.getByRole("list", { name: "Meetups StorageOS supported" }).getByRole("link").first()).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Ways to sponsor" }).getByRole("heading", { level: 3 }).first(),
  ).toHaveText("Meetup sponsor");
});

test("the venue's map is a link: nothing loads from OpenStreetMap until the reader follows it", async ({ page }) => {
  const map: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("openstreetmap")) map.push(request.url());
  });
  await page.goto("/venue/");
  await expect(page.getByRole("link", { name: "Open the address on OpenStreetMap" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.openstreetmap\.org\//,
  );
  await page.waitForLoadState("networkidle");
  expect(map).toEqual([]);
});

test("pages carry their JSON-LD type and full metadata", async ({ page }) => {
  for (const [path, type] of [
    ["/about/", "AboutPage"],
    ["/code-of-conduct/", "ContactPage"],
    ["/speak/", "WebPage"],
  ]) {
    await page.goto(path ?? "");
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
      "@graph": { "@type": string; url?: string }[];
    };
    expect(graph["@graph"][0]?.["@type"]).toBe(type);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
  }
});
