import { expect, test } from "@playwright/test";

const POST_TITLE = "Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys";
const POST_PATH = /\/posts\/cloud-native-london-october-2018\/$/;

test("an old Jekyll link ends on the post it moved to, keeping any #hash", async ({ page }) => {
  await page.goto("/Cloud-Native-London-Oct-2018/");
  await expect(page).toHaveURL(POST_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(POST_TITLE);

  // Shared without its trailing slash and with a link to one talk.
  await page.goto("/Cloud-Native-London-Oct-2018#ballerina-with-wso2");
  await expect(page).toHaveURL(/\/posts\/cloud-native-london-october-2018\/#ballerina-with-wso2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(POST_TITLE);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the meta refresh still takes the reader to the post", async ({ page }) => {
    await page.goto("/Cloud-Native-London-Oct-2018/");
    await expect(page).toHaveURL(POST_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(POST_TITLE);
  });

  test("when the refresh goes nowhere, the page says where the post moved", async ({ page }) => {
    // A 204 answer leaves the browser where it is, as a refresh blocked by a setting or an extension would.
    await page.route(POST_PATH, (route) => route.fulfill({ status: 204 }));
    await page.goto("/Cloud-Native-London-Oct-2018/");
    await expect(page.getByText("This page has moved to")).toBeVisible();
    const link = page.getByRole("link", { name: "https://cloudnative.london/posts/cloud-native-london-october-2018/" });
    await expect(link).toHaveAttribute("href", "/posts/cloud-native-london-october-2018/");
  });
});
