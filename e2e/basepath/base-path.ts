import type { Page } from "@playwright/test";

/** The base path the "basepath" test site is built and served under (e2e/test-sites.ts). */
export const BASE = "/cloud-native-london";

/** Record every request the page makes and every response that failed, to prove none leaves the base path. */
export function watchRequests(page: Page): { outside: string[]; failed: string[]; seen: string[] } {
  const record = { outside: [] as string[], failed: [] as string[], seen: [] as string[] };
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:") return;
    record.seen.push(url.pathname);
    if (url.hostname !== "127.0.0.1" || !url.pathname.startsWith(`${BASE}/`)) record.outside.push(request.url());
  });
  page.on("requestfailed", (request) => {
    // A click to the next page cancels the images still loading on this one: the reader has left it.
    // A file missing below the base path shows as a 404 response instead.
    if (request.failure()?.errorText === "net::ERR_ABORTED" && request.resourceType() === "image") return;
    record.failed.push(`failed: ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) record.failed.push(`${response.status()}: ${response.url()}`);
  });
  return record;
}
