import { expect, test } from "@playwright/test";
import { parseCalendar } from "./calendar";

test("/speakers/ lists everyone who spoke, and each speaker's page links their talks", async ({ page }) => {
  await page.goto("/speakers/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Speakers");
  const speakers = page.locator("main").getByRole("listitem");
  await expect(speakers.getByRole("link")).toHaveText([
    "Alessandro De Maria",
    "Andrew Jefferson",
    "Jesus Escolar",
    "Luke Addison",
    "Paul Fremantle",
    "Tom Wilkie",
  ]);
  await expect(speakers.filter({ hasText: "Luke Addison" })).toContainText("Jetstack 1 talk");

  await page.getByRole("link", { name: "Luke Addison" }).click();
  await expect(page).toHaveURL(/\/speakers\/luke-addison\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Luke Addison");
  await expect(page.getByRole("img", { name: "Luke Addison" })).toBeVisible();
  await page.getByRole("link", { name: "Auditing with eBPF" }).click();
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-october-2018\/#luke-addison$/);
  await expect(page.getByRole("heading", { name: "Luke Addison" })).toBeInViewport();
});

test("/sponsors/ lists every sponsor with the meetups they supported", async ({ page }) => {
  await page.goto("/sponsors/");
  const sponsors = page.locator(".sponsor-directory > li");
  await expect(sponsors).toHaveCount(5);
  for (const name of ["Contino", "Pusher", "StorageOS", "Tecknuovo"]) {
    const sponsor = page.getByRole("listitem", { name, exact: true });
    await expect(sponsor.getByRole("img", { name })).toBeVisible();
    await expect(sponsor.getByRole("list", { name: `Meetups ${name} supported` }).getByRole("link")).toHaveText([
      "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
    ]);
  }
  const venue = page.getByRole("listitem", { name: "Entrepreneur First" });
  await expect(venue.getByRole("link", { name: "Entrepreneur First" })).toHaveAttribute(
    "href",
    "https://www.joinef.com/",
  );
  await expect(venue).toContainText("Venue");
  await expect(venue.getByRole("link", { name: /November 2018/ })).toBeVisible();
});

test("/events/ shows the upcoming meetup, then past ones newest first, each linking its writeup", async ({ page }) => {
  await page.goto("/events/");
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  await expect(upcoming.getByRole("heading", { level: 3 })).toHaveText([
    "Cloud Native London, December 2026: the end-of-year meetup",
  ]);
  await expect(upcoming).toContainText("Wednesday 9 December 2026, 18:30–21:00");
  await expect(upcoming.getByRole("link", { name: "RSVP" })).toHaveAttribute(
    "href",
    "https://www.meetup.com/Cloud-Native-London/",
  );
  const past = page.getByRole("region", { name: "Past" });
  await expect(past.getByRole("heading", { level: 3 })).toHaveText([
    "Cloud Native London, November 2018: DeepMind Health, Grafana Labs and Neo4j",
    "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
  ]);
  await past.getByRole("link", { name: /October 2018/ }).click();
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-october-2018\/$/);
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
