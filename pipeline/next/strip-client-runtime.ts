/**
 * Take Next's client runtime out of the static export. Every page is complete HTML and the parts that act in
 * the browser have scripts of their own (lib/browser/), so React, the router and the Flight data are dead
 * weight: about 135 KiB of JavaScript and half of each page's HTML. What Next writes changes between
 * releases: this folder's README lists what the site relies on, and real-next-export.test.ts proves it.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import path from "node:path";
import escapeRegExp from "escape-string-regexp";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";

// Next's inline scripts: the Flight data for hydration and Turbopack's chunk loader.
const RUNTIME_INLINE = /^\s*\(?\s*(self\.__next_f\b|globalThis\["TURBOPACK"\])/;
// React's scripts that reveal content streamed out of order: a page that needs them is not complete HTML.
const STREAMING_INLINE = /\$R[CSX]\b/;
const FLIGHT_ROW = /^[0-9a-f]+:/;
const CLIENT_DIRECTIVE = /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/;

/** Stop the build where a "use client" component would be shipped dead: the export has no React to run it. */
export function refuseClientComponents(): void {
  const clients = findClientComponents(["app", "components"]);
  if (clients.length > 0)
    throw new Error(
      `${clients.join(", ")}: "use client" components do not work in the static export, which ships no React ` +
        `in the browser; render on the server and add a script in lib/browser/ (see lib/browser/browser-scripts.ts)`,
    );
}

/** The kinds of file among which the runtime's are: `deleteRuntimeFiles` wants every exported file of these. */
export const RUNTIME_FILE_EXTENSIONS: readonly string[] = [".txt", ".js"];

/** Delete the runtime's chunks and Flight data among `candidates`, the export's files of RUNTIME_FILE_EXTENSIONS. */
export function deleteRuntimeFiles(siteDir: string, candidates: readonly string[]): void {
  for (const file of candidates) if (isRuntimeFile(siteDir, file)) unlinkSync(path.join(siteDir, file));
}

/** The files under `dirs` (relative to the project) that start with a "use client" directive. */
export function findClientComponents(dirs: readonly string[]): string[] {
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
    .filter((file) => /\.(tsx?|jsx?|mjs)$/.test(file) && CLIENT_DIRECTIVE.test(readFileSync(file, "utf8")))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/**
 * A page without the runtime's scripts and preloads. Any script not on the allowlist stops the build, naming
 * the page, so that a Next or React release that adds or renames a bootstrap script fails here, not in production.
 */
export function stripRuntimeFromPage(html: string, basePath: string, file: string): string {
  if (html.includes("<!--$?-->")) throw new Error(`${file}: part of the page is streamed in by Next's runtime`);
  const under = (url: string | undefined) => url?.startsWith(`${basePath}/_next/`) ?? false;
  // The site's own browser scripts (lib/browser/browser-scripts.ts).
  const siteScript = new RegExp(`^${escapeRegExp(basePath)}/js/[a-z0-9-]+\\.js$`);
  return html
    .replace(LINK, (tag) => {
      const href = tagAttribute(tag, "href");
      const rel = tagAttribute(tag, "rel") ?? "";
      const preloadsScript = /^script$/i.test(tagAttribute(tag, "as") ?? "") || /\.m?js(\?|$)/.test(href ?? "");
      const loadsScript = /^modulepreload$/i.test(rel) || (/^preload$/i.test(rel) && preloadsScript);
      if (!loadsScript || siteScript.test(href ?? "")) return tag;
      if (under(href)) return "";
      throw new Error(`${file}: ${NOT_ALLOWED} (a preload of ${href ?? "a script"})`);
    })
    .replace(SCRIPT, (element, startTag: string, text: string) => {
      const src = tagAttribute(startTag, "src");
      if (src !== undefined) {
        if (under(src)) return "";
        if (siteScript.test(src)) return element;
        throw new Error(`${file}: ${NOT_ALLOWED} (<script src="${src}">)`);
      }
      if (RUNTIME_INLINE.test(text)) return "";
      if (STREAMING_INLINE.test(text))
        throw new Error(`${file}: an inline script of React's streaming runtime is left`);
      if (/^\s*application\/ld\+json\s*$/i.test(tagAttribute(startTag, "type") ?? "")) return element;
      if (text === REDIRECT_SCRIPT) return element;
      throw new Error(`${file}: ${NOT_ALLOWED} (an inline script starting "${text.trim().slice(0, 40)}")`);
    });
}

const NOT_ALLOWED =
  "a script that is not the site's own is in the exported page; only /js/*.js, JSON-LD and the redirect " +
  "script may stay (if Next's output changed, see pipeline/next/README.md)";

// React, the site's JSON-LD and Next's Flight data escape "<", so "<script" and "<link" here start real tags;
// a script ends at its first "</script", as in the HTML tokenizer.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script(?=[\s/>])[^>]*>/gi;
const LINK = /<link\b[^>]*>/gi;

function tagAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

// Flight data files (index.txt beside each page, __next.*.txt for each segment) and the runtime's chunks.
function isRuntimeFile(siteDir: string, file: string): boolean {
  const name = path.posix.basename(file);
  if (file.startsWith("_next/static/") && name.endsWith(".js")) return true;
  if (name.startsWith("__next.") && name.endsWith(".txt")) return true;
  if (name !== "index.txt" || !existsSync(path.join(siteDir, path.posix.dirname(file), "index.html"))) return false;
  return FLIGHT_ROW.test(readFileSync(path.join(siteDir, file), "utf8"));
}
