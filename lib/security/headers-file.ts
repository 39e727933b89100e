import path from "node:path";
import escapeRegExp from "escape-string-regexp";
import { attempt } from "../public-files";
import { FILE_HEADERS, IMAGE_PATH, securityHeaders, SVG_EXTENSION, type Header } from "./security-headers";

/** The files a static host reads as its configuration and never serves, as site paths. */
export const HOST_FILES: readonly string[] = ["/_headers", "/_redirects"];

/** A request's path as the file it names (decoded once, dot segments resolved), or undefined where it names none. */
export function decodeRequestPath(pathname: string): string | undefined {
  const decoded = attempt(() => decodeURIComponent(pathname));
  if (decoded === undefined || /[\\\u0000]/.test(decoded)) return undefined;
  const normalised = path.posix.normalize(`/${decoded}`);
  // A trailing slash says "the folder's index.html", and stays.
  return decoded.endsWith("/") && !normalised.endsWith("/") ? `${normalised}/` : normalised;
}

/** One block of a Netlify/Cloudflare `_headers` file: a path pattern and the headers it sets. */
export type HeaderRule = { pattern: string; headers: [string, string][] };

/** Read a `_headers` file: unindented lines are path patterns, indented `Name: value` lines belong to them. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/).filter((entry) => entry.trim() && !entry.trim().startsWith("#"))) {
    const [, name, value] = /^\s+([^:]+):(.*)$/.exec(line) ?? [];
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (name && value !== undefined) rules.at(-1)?.headers.push([name.trim(), value.trim()]);
  }
  return rules;
}

/** The headers that apply to a request path; `*` in a pattern matches any run of characters. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  return rules
    .filter((rule) => new RegExp(`^${rule.pattern.split("*").map(escapeRegExp).join(".*")}$`).test(pathname))
    .flatMap((rule) => rule.headers);
}

/** The `_headers` rules: security headers on every path, and a locked-down policy for images and SVGs. */
export function formatHeadersFile(basePath: string): string {
  const block = (pattern: string, headers: readonly Header[]) =>
    [pattern, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  return [
    "# Security headers: values in lib/security/security-headers.ts, written by pipeline/export/write-headers-file.ts.",
    block(`${basePath}/*`, securityHeaders("export")),
    block(`${basePath}${IMAGE_PATH}*`, FILE_HEADERS),
    block(`${basePath}/*${SVG_EXTENSION}`, FILE_HEADERS),
    // Next names these files by their content or the build's id: a phone keeps them across visits and builds.
    block(`${basePath}/_next/static/*`, [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }]),
    "",
  ].join("\n\n");
}
