import { expect, test } from "@playwright/test";

const PAGES = [
  "/",
  "/page/2/",
  "/posts/cloud-native-london-october-2018/",
  "/posts/kubernetes-reading-list/",
  "/tags/",
  "/tags/meetup/",
  "/archive/",
  "/archive/2018/",
  "/search/?q=kubernetes",
];

for (const path of PAGES) {
  test(`${path} logs no console error and no failed request`, async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });
}
