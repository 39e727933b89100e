import { expect, test } from "@playwright/test";
import { FILE_HEADERS } from "../lib/security/security-headers";
import { startNext, type NextProcess } from "./next-process";
import { serverModePort } from "./test-sites";

// Runs against the server-mode build in .next-server/ (npm run build:server, made by
// test/support/build-test-sites.ts): the Next server itself answers each old path with a 308.
const origin = `http://127.0.0.1:${serverModePort()}`;
let server: NextProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startNext("start", serverModePort(), { BUILD_MODE: "server" }, 60_000);
});

test.afterAll(() => server?.stop());

test("an old path answers 308 with the post's address in Location", async () => {
  const response = await fetch(`${origin}/Cloud-Native-London-Oct-2018/`, { redirect: "manual" });
  expect(response.status).toBe(308);
  expect(response.headers.get("location")).toBe("/posts/cloud-native-london-october-2018/");
});

test("followed to the end, with or without the trailing slash, the old path serves the post", async () => {
  for (const path of ["/Cloud-Native-London-Oct-2018/", "/Cloud-Native-London-Oct-2018"]) {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${origin}/posts/cloud-native-london-october-2018/`);
    expect(await response.text()).toContain("Jetstack, WSO2 and Exelerys");
  }
});

test("the server sends every SVG, wherever it is, with the sandboxing file policy", async () => {
  for (const path of ["/icon.svg", "/images/sponsors/pusher.svg"]) {
    const policy = (await fetch(`${origin}${path}`)).headers.get("content-security-policy") ?? "";
    expect(policy, path).toContain(FILE_HEADERS[0]?.value ?? "none");
  }
  const page = (await fetch(`${origin}/`)).headers.get("content-security-policy") ?? "";
  expect(page).not.toContain("sandbox");
});

test("a page's short link and its old paths answer 308 from the same table", async () => {
  const slack = await fetch(`${origin}/cnl-slack/`, { redirect: "manual" });
  expect(slack.status).toBe(308);
  expect(slack.headers.get("location")).toMatch(/^https:\/\/join\.slack\.com\/t\/cloud-native-london\//);
  const conduct = await fetch(`${origin}/posts/code-of-conduct/`, { redirect: "manual" });
  expect(conduct.status).toBe(308);
  expect(conduct.headers.get("location")).toBe("/code-of-conduct/");
  const page = await fetch(`${origin}/code-of-conduct/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("How to report a problem");
});
