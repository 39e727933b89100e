import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parseCalendar } from "./calendar";

const OCTOBER = "/posts/cloud-native-london-october-2018/";
const RSVP = "https://www.meetup.com/Cloud-Native-London/events/253873162/";

test("the October 2018 writeup shows its three talks with photos and takeaways, and four sponsors", async ({
  page,
}) => {
  await page.goto(OCTOBER);
  const talks = page.getByRole("region", { name: "Talks" }).getByRole("region");
  await expect(talks).toHaveCount(3);
  const names = ["Luke Addison", "Paul Fremantle", "Jesus Escolar"];
  const orgs = ["Jetstack", "CTO and co-founder, WSO2", "Exelerys"];
  for (const [index, name] of names.entries()) {
    const talk = page.getByRole("region", { name, exact: true });
    await expect(talk.getByRole("heading", { level: 3 })).toHaveText(name);
    await expect(talk.getByText(orgs[index] ?? "", { exact: true })).toBeVisible();
    await expect(talk.getByRole("list", { name: "Takeaways" }).getByRole("listitem")).toHaveCount(3);
    const photo = talk.getByRole("img", { name });
    await photo.scrollIntoViewIfNeeded();
    // The speaker's own photo, processed (lib/images/): at least as many pixels as it fills, so it is sharp.
    const slug = name.toLowerCase().replace(" ", "-");
    await expect(photo).toHaveAttribute("src", new RegExp(`^/images/processed/[0-9a-f]{16}/${slug}-480\\.jpg$`));
    // naturalWidth is in CSS pixels once a srcset is used: the file's width is in its name.
    await expect
      .poll(() =>
        photo.evaluate((image: HTMLImageElement) => {
          const fileWidth = Number(/-(\d+)\.\w+$/.exec(image.currentSrc)?.[1]);
          return fileWidth >= Math.ceil(image.getBoundingClientRect().width * devicePixelRatio) - 1;
        }),
      )
      .toBe(true);
  }
  // Takeaways are Markdown.
  await expect(page.getByRole("region", { name: "Luke Addison" }).locator("strong")).toHaveText("DaemonSet");

  const sponsors = page.getByRole("region", { name: "Sponsors" });
  await expect(sponsors.getByText("Thank you to our sponsors")).toBeVisible();
  await expect(sponsors.getByRole("link")).toHaveCount(4);
  const expected: [string, string][] = [
    ["StorageOS", "https://storageos.com/"],
    ["Tecknuovo", "https://www.tecknuovo.com/"],
    ["Contino", "https://www.contino.io/"],
    ["Pusher", "https://pusher.com/"],
  ];
  for (const [name, url] of expected) {
    await expect(sponsors.getByRole("link", { name })).toHaveAttribute("href", url);
  }
});

test("a link to a speaker's anchor lands on that speaker", async ({ page }) => {
  await page.goto(`${OCTOBER}#speaker-paul-fremantle`);
  await expect(page.getByRole("heading", { name: "Paul Fremantle" })).toBeInViewport();
});

test("before the next meetup, its callout invites readers: RSVP, .ics download and Google Calendar", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.clock.setFixedTime(new Date("2018-10-10T12:00:00Z"));
  await page.goto(OCTOBER);
  const callout = page.getByRole("region", { name: "Next meetup" });
  await expect(callout).toContainText("Cloud Native London, November 2018");
  await expect(callout).toContainText("Wednesday 7 November 2018, 18:30–21:00");
  await expect(callout).toContainText("With DeepMind Health, Grafana Labs, Neo Technology.");
  // The static HTML (built after the meetup) says it happened; the browser's clock wins, without an error.
  await expect(callout.getByText("This meetup has happened")).toBeHidden();
  await expect(callout.getByRole("link", { name: "RSVP" })).toBeVisible();
  expect(errors).toEqual([]);

  // The calendar options sit in a disclosure under the RSVP button.
  await callout.getByText("Add to your calendar").click();
  const google = new URL(
    (await callout.getByRole("link", { name: "Add to Google Calendar" }).getAttribute("href")) ?? "",
  );
  expect(google.hostname).toBe("calendar.google.com");
  expect(google.searchParams.get("dates")).toBe("20181107T183000Z/20181107T210000Z");

  const downloading = page.waitForEvent("download");
  await callout.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("2018-11-07.ics");
  const events = parseCalendar(await readFile((await download.path()) ?? "", "utf8"));
  expect(events).toEqual([
    expect.objectContaining({
      uid: "meetup-2018-11-07@cloudnative.london",
      zone: "Europe/London",
      localStart: "2018-11-07T18:30:00",
      start: "2018-11-07T18:30:00.000Z",
      end: "2018-11-07T21:00:00.000Z",
    }),
  ]);

  // The RSVP button goes to the meetup's page (answered locally: the test machine has no internet).
  await page.route(RSVP, (route) => route.fulfill({ contentType: "text/html", body: "<title>RSVP</title>" }));
  await callout.getByRole("link", { name: "RSVP" }).click();
  await expect(page).toHaveURL(RSVP);
});

test("the block says 'Tonight' on the day, and 'What came next' with the writeup once it is over", async ({ page }) => {
  // The evening before, then one minute before the end of the November meetup (21:00 London, UTC in November).
  await page.clock.install({ time: new Date("2018-11-06T23:59:00Z") });
  await page.goto(OCTOBER);
  const upcoming = page.getByRole("region", { name: "Next meetup" });
  await expect(upcoming.getByRole("link", { name: "RSVP" })).toBeVisible();
  await expect(upcoming.getByText("Tonight")).toBeHidden();

  await page.clock.runFor("02:00");
  await expect(upcoming.getByText("Tonight")).toBeVisible();
  await page.clock.runFor("20:58:00");
  await expect(upcoming.getByRole("link", { name: "RSVP" })).toBeVisible();

  await page.clock.runFor("02:00");
  const after = page.getByRole("region", { name: "What came next" });
  await expect(after.getByText("This meetup has happened.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Next meetup" })).toHaveCount(0);
  await expect(after.getByRole("link", { name: "RSVP" })).toHaveCount(0);
  await expect(after.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveCount(0);
  await after.getByRole("link", { name: /Read the writeup/ }).click();
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-november-2018\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("November 2018");
});
