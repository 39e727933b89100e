import { expect, test } from "@playwright/test";
import { site } from "../lib/site";
import { parseCalendar } from "./calendar";

test("/speakers/ shows everyone who spoke as equal tiles, and each speaker's page links their talks", async ({
  page,
}) => {
  await page.goto("/speakers/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Speakers");
  const tiles = page.locator("main").getByRole("listitem");
  await expect(tiles.locator(".tile-name")).toHaveText([
    "Alessandro De Maria",
    "Andrew Jefferson",
    "Hannah Lewis",
    "Jesus Escolar",
    "Luke Addison",
    "Paul Fremantle",
    "Priya Raman",
    "Tom Okafor",
    "Tom Wilkie",
  ]);
  // The organisation and the count are separate lines, never run together ("DeepMind Health1 talk").
  const alessandro = tiles.filter({ hasText: "Alessandro De Maria" });
  await expect(alessandro.locator(".tile-detail")).toHaveText(["DeepMind Health", "1 talk"]);
  const heights = await tiles.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
  expect(new Set(heights.map(Math.round)).size).toBe(1);

  await page.getByRole("link", { name: /Luke Addison/ }).click();
  await expect(page).toHaveURL(/\/speakers\/luke-addison\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Luke Addison");
  await expect(page.getByRole("img", { name: "Luke Addison" })).toBeVisible();
  // The photo has no caption repeating the heading above it.
  await expect(page.locator("figcaption")).toHaveCount(0);
  await page.getByRole("link", { name: "Auditing with eBPF" }).click();
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-october-2018\/#speaker-luke-addison$/);
  await expect(page.getByRole("heading", { name: "Luke Addison" })).toBeInViewport();
});

test("/sponsors/ shows every sponsor as a tile with its role and meetups, and invites new sponsors", async ({
  page,
}) => {
  await page.goto("/sponsors/");
  const sponsors = page.locator(".sponsor-directory > li");
  await expect(sponsors).toHaveCount(6);
  for (const name of ["Contino", "Pusher", "StorageOS", "Tecknuovo"]) {
    const sponsor = page.getByRole("listitem", { name, exact: true });
    await expect(sponsor.getByRole("img", { name })).toBeVisible();
    await expect(sponsor.getByRole("list", { name: `Meetups ${name} supported` }).getByRole("link")).toHaveText([
      "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys 9 October 2018",
    ]);
  }
  const venue = page.getByRole("listitem", { name: "Entrepreneur First" });
  await expect(venue.getByRole("link", { name: "Entrepreneur First" })).toHaveAttribute(
    "href",
    "https://www.joinef.com/",
  );
  await expect(venue.locator(".role")).toHaveText("Venue");
  await expect(venue.getByRole("link", { name: /November 2018/ })).toBeVisible();
  const heights = await sponsors.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
  expect(new Set(heights.map(Math.round)).size).toBe(1);

  await expect(page.getByRole("link", { name: /Become a sponsor/ })).toHaveAttribute("href", site.links.sponsorPage);
});

test("/events/ shows the next meetup's block, then every meetup post as a timeline", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T12:00:00Z"));
  await page.goto("/events/");
  const next = page.getByRole("region", { name: "Next meetup" });
  await expect(next).toContainText("Cloud Native London, December 2026: the end-of-year meetup");
  await expect(next).toContainText("Wednesday 9 December 2026, 18:30–21:00");
  await expect(next.getByRole("link", { name: "RSVP" })).toHaveAttribute(
    "href",
    "https://www.meetup.com/Cloud-Native-London/",
  );
  const timeline = page.getByRole("region", { name: "Every meetup" });
  // Every post tagged Meetup, with or without `event:` data, newest first.
  await expect(timeline.getByRole("heading", { level: 3 })).toHaveText([
    "Cloud Native London, December 2026: the end-of-year meetup",
    "Cloud Native London, June 2024: Kubernetes turns ten",
    "Cloud Native London, March 2021: feature stores, BDD and deterministic security",
    "Cloud Native London, May 2019: supply-chain security",
    "Cloud Native London, February 2019: GitOps night",
    "Cloud Native London, December 2018: lightning talks",
    "Cloud Native London, November 2018: DeepMind Health, Grafana Labs and Neo4j",
    "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
    "Cloud Native London, September 2018: observability night",
  ]);
  const march = timeline.getByRole("listitem").filter({ hasText: "March 2021" }).first();
  await expect(march.locator("time.date-badge")).toHaveAttribute("datetime", "2021-03-03");
  await march.getByRole("link", { name: "Recording" }).click();
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-march-2021\/#recording$/);
});

test("/events.ics is a calendar of every meetup that calendar apps can read", async ({ request }) => {
  const response = await request.get("/events.ics");
  expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
  const events = parseCalendar(await response.text());
  expect(events.map((event) => [event.localStart, event.zone, event.start])).toEqual([
    ["2018-10-09T18:30:00", "Europe/London", "2018-10-09T17:30:00.000Z"],
    ["2018-11-07T18:30:00", "Europe/London", "2018-11-07T18:30:00.000Z"],
    ["2026-12-09T18:30:00", "Europe/London", "2026-12-09T18:30:00.000Z"],
  ]);
});
