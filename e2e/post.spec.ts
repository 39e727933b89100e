import { expect, test } from "@playwright/test";

test("a post shows its title (its series part over the rest), its date, location, tags and body", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-october-2018/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys",
  );
  await expect(page.locator("article.post header time")).toHaveText("9 October 2018");
  await expect(page.locator("article.post header time")).toHaveAttribute("datetime", "2018-10-09");
  await expect(page.getByText("London, UK")).toBeVisible();
  const tags = page.getByRole("list", { name: "Tags" }).first();
  await expect(tags.getByRole("link")).toHaveText(["Photos", "2018", "Meetup"]);
  await expect(page.getByText("eBPF, the extended Berkeley Packet Filter")).toBeVisible();

  // No photo of its own: no image with text baked in, and no block drawn in its place.
  await expect(page.locator("figure.hero")).toHaveCount(0);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading.locator(".kicker")).toHaveText("Cloud Native London, October 2018:");
  await expect(heading.locator(".title-main")).toHaveText("Jetstack, WSO2 and Exelerys");
  // A writeup has no reading time; with neither recording nor photos, it offers no links to its own sections.
  await expect(page.locator("article.post header")).not.toContainText("min read");
  await expect(page.getByRole("navigation", { name: "This meetup" })).toHaveCount(0);
});

test("a writeup with a recording offers the writeup and the recording from its header", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-march-2021/");
  const sections = page.getByRole("navigation", { name: "This meetup" }).getByRole("link");
  await expect(sections).toHaveText(["Writeup", "Recording"]);
  await sections.getByText("Recording").click();
  await expect(page).toHaveURL(/#recording$/);
  await expect(page.getByRole("button", { name: /Play video/ })).toBeInViewport();
});

test("speaker photos have real dimensions and no caption repeating the name beside them", async ({ page }) => {
  await page.goto("/posts/cloud-native-london-october-2018/");
  const talk = page.getByRole("region", { name: "Luke Addison", exact: true });
  const photo = talk.getByRole("img", { name: "Luke Addison" });
  await expect(photo).toHaveAttribute("width", "480");
  await expect(photo).toHaveAttribute("height", "480");
  await expect(talk.locator("figcaption")).toHaveCount(0);
});

test("the upcoming meetup's post opens with the meetup block and lists its speakers", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T12:00:00Z"));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/posts/cloud-native-london-december-2026/");
  const block = page.getByRole("region", { name: "Come along" });
  await expect(block).toContainText("Wednesday 9 December 2026, 18:30–21:00");
  await expect(block.getByRole("link", { name: "Map of CodeNode" })).toHaveAttribute("href", /maps.*CodeNode/);
  await expect(block.getByText("Free", { exact: true })).toBeVisible();
  // One big button, on the first screen of a phone.
  const rsvp = block.getByRole("link", { name: "RSVP" });
  await expect(rsvp).toBeInViewport();
  const [button, box] = await Promise.all([rsvp.boundingBox(), block.boundingBox()]);
  expect(button && box && button.width > box.width - 50).toBe(true);
  await expect(page.getByRole("region", { name: "Talks" }).getByRole("heading", { level: 3 })).toHaveText([
    "Priya Raman",
    "Tom Okafor",
    "Hannah Lewis",
  ]);
});

test("a post with a table and a code block renders both", async ({ page }) => {
  await page.goto("/posts/kubernetes-reading-list/");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(6);
  await expect(page.locator("pre code")).toContainText("kubectl create deployment hello");
  // hide_image: the image is kept for cards but not shown on the page.
  await expect(page.locator("figure.hero")).toHaveCount(0);
});

test("on a phone, the previous and next posts are stacked, each the full width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/posts/cloud-native-london-november-2018/");
  const links = page.getByRole("navigation", { name: "Newer and older posts" }).getByRole("link");
  await expect(links).toHaveCount(2);
  const [older, newer] = await Promise.all([links.nth(0).boundingBox(), links.nth(1).boundingBox()]);
  expect(older && newer && older.width > 340 && newer.width > 340).toBe(true);
  expect(older && newer && newer.y >= older.y + older.height).toBe(true);
});
