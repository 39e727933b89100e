import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { FILE_HEADERS } from "../lib/security/security-headers";
import { serverModePort } from "./test-sites";

// Runs against the server-mode build in .next-server/ (npm run build:server, made by
// test/support/build-test-sites.ts): the Next server itself answers each old path with a 308.
const origin = `http://127.0.0.1:${serverModePort()}`;
let server: ChildProcess | undefined;
let output = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(serverModePort())], {
    env: { ...process.env, BUILD_MODE: "server" },
    // Its own process group, so that afterAll stops npx and the next-server child it leaves behind.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitUntilServing(`${origin}/`);
});

test.afterAll(() => {
  if (server?.pid === undefined) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
});

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

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${url} within 60 s:\n${output}`);
}

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
