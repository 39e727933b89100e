import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SNAPSHOT_ENV } from "./post-snapshot";

/**
 * The pages a build takes from the previous build instead of rendering them (pipeline/steps/page-reuse.ts): a post's
 * or speaker's page whose every input is as it was. pipeline/read-posts.ts decides, and writes the list beside
 * the posts' snapshot; `next build` leaves those pages out of generateStaticParams, and a post-export step
 * puts the kept copies in their place.
 */
export type PageReuseList = {
  /** Every reusable page of this build: its site path (without base path), its inputs' key, whether kept. */
  pages: { sitePath: string; key: string; reused: boolean }[];
  /** Render every page anyway and compare the kept ones with the fresh ones (BUILD_PAGE_REUSE=verify). */
  verify: boolean;
};

let reused: Set<string> | undefined;

/** The file holding the list, beside the snapshot at `snapshot`. */
export function pageReuseListFile(snapshot: string): string {
  return path.join(path.dirname(snapshot), "reused-pages.json");
}

/** Whether this build takes the page at `sitePath` ("/posts/x/") from the previous one rather than render it. */
export function isReusedPage(sitePath: string): boolean {
  if (!reused) {
    const snapshot = process.env[SNAPSHOT_ENV];
    const file = snapshot && pageReuseListFile(snapshot);
    const list = file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PageReuseList) : undefined;
    reused = new Set(list && !list.verify ? list.pages.filter((page) => page.reused).map((page) => page.sitePath) : []);
  }
  return reused.has(sitePath);
}
