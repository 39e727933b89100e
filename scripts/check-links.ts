/**
 * Post-export step: every internal link, image, script, feed, calendar and sitemap URL in the export
 * must answer. Pages are checked with linkinator over a local server; external links are never fetched.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { LinkChecker, LinkState } from "linkinator";
import sirv from "sirv";
import { site } from "../lib/site";
import { listExportedFiles, urlPathOf } from "./exported-files";
import type { PostExportStep } from "./post-export";

/** A URL on the site that does not answer, and the page or file that points at it. */
export type BrokenLink = { page: string; link: string; status: number };

/** Files other than pages that carry site URLs: sitemaps, feeds, calendars, robots.txt, manifests. */
const URL_FILES = [".xml", ".ics", ".webmanifest", "robots.txt"];

/** The step itself: throws, naming every page and link, when anything is broken. */
export const checkLinksStep: PostExportStep = {
  name: "link check",
  run: async (siteDir) => {
    const broken = await findBrokenLinks(siteDir);
    if (broken.length === 0) return;
    const lines = broken.map(({ page, link, status }) => `  ${page} links to ${link} (${status || "no answer"})`);
    throw new Error(`${broken.length} broken internal link${broken.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
  },
};

/** Every broken site URL in the export at `siteDir`, as served below `basePath` and named by `siteUrl`. */
export async function findBrokenLinks(
  siteDir: string,
  basePath: string = site.basePath,
  siteUrl: string = site.url,
): Promise<BrokenLink[]> {
  const server = await serveFolder(siteDir, basePath);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const local = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) || "/" : url);
  try {
    const pages = listExportedFiles(siteDir, [".html"]).map((file) => `${origin}${basePath}${urlPathOf(file)}`);
    const result = await new LinkChecker().check({
      path: pages,
      recurse: false,
      concurrency: 32,
      timeout: 10_000,
      // Absolute links to the site itself (canonical, og:image, JSON-LD) are checked against the export.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteUrl)}(?=/|$)`), replacement: origin }],
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => ({ page: local(link.parent ?? link.url), link: local(link.url), status: link.status ?? 0 }));
    broken.push(...(await checkUrlFiles(siteDir, basePath, siteUrl, origin)));
    return broken.sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function checkUrlFiles(siteDir: string, basePath: string, siteUrl: string, origin: string) {
  const broken: BrokenLink[] = [];
  const pattern = new RegExp(`${escapeRegExp(siteUrl)}(/[^\\s"'<>\\\\)\\]]*)?`, "g");
  for (const file of listExportedFiles(siteDir, URL_FILES)) {
    const text = decodeEntities(readFileSync(path.join(siteDir, file), "utf8").replace(/\r?\n[ \t]/g, ""));
    const paths = new Set([...text.matchAll(pattern)].map((match) => match[1] ?? "/"));
    for (const urlPath of paths) {
      const response = await fetch(`${origin}${urlPath}`, { method: "HEAD" });
      if (!response.ok) broken.push({ page: `${basePath}${urlPathOf(file)}`, link: urlPath, status: response.status });
    }
  }
  return broken;
}

// Serves the export as a static host does, below the base path, on a free loopback port.
async function serveFolder(siteDir: string, basePath: string): Promise<Server> {
  const serveFile = sirv(siteDir, { dev: false, extensions: ["html"], dotfiles: false });
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    const notFound = () => {
      response.statusCode = 404;
      response.end();
    };
    if (!url.startsWith(`${basePath}/`)) return notFound();
    request.url = url.slice(basePath.length);
    serveFile(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

// Sitemaps and feeds escape "&" in URLs; feeds carry whole pages of HTML escaped once more.
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  const decodeOne = (entity: string, name: string) => {
    if (!name.startsWith("#")) return named[name.toLowerCase()] ?? entity;
    const hex = /^#x/i.test(name);
    return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  };
  const once = (value: string) => value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, decodeOne);
  return once(once(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
