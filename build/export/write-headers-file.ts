/**
 * Pin every exported page's inline scripts by hash in a <meta> Content-Security-Policy (done to each page
 * by the page pass, build/export/page-pass.ts), and the post-export step that writes `_headers` (Netlify /
 * Cloudflare Pages format) with the site's security headers.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { IMAGE_HEADERS, IMAGE_PATH, pagePolicy, SECURITY_HEADERS, type Header } from "../../lib/security/security-headers";
import { site } from "../../lib/site";
import { parsePageScripts } from "./page-scripts";
import type { PostExportStep } from "./step";
import { scanPageScripts } from "./scan-page-scripts";

/** The step that writes `_headers`; the page pass has given every page its policy already. */
export const securityHeadersStep: PostExportStep = {
  name: "security headers (_headers)",
  run: (siteDir) => {
    const headersFile = path.join(siteDir, "_headers");
    // Another step (or public/_headers) may have written rules already: add to them, never replace them.
    if (existsSync(headersFile)) appendFileSync(headersFile, `\n${formatHeadersFile(site.basePath)}`);
    else writeFileSync(headersFile, formatHeadersFile(site.basePath));
  },
};

/** A page with a <meta> policy, first in its <head>, allowing exactly the inline scripts it holds. */
export function pinInlineScripts(html: string, file: string): string {
  // The tree answers where the scan of the tokens cannot; they agree where both can (see the tests).
  const found = scanPageScripts(html) ?? parsePageScripts(html);
  if (found.handler) throw new Error(`${file}: ${found.handler} would be blocked by the policy`);
  if (found.metaAt > found.firstScriptAt) {
    throw new Error(`${file}: a script comes before <head>, where the policy must go`);
  }
  const hashes = new Set(found.inline.map((text) => createHash("sha256").update(text, "utf8").digest("base64")));
  // Sorted: where the parser moves elements (a table's foster parenting), tree and source order differ.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy([...hashes].sort())}"/>`;
  return html.slice(0, found.metaAt) + meta + html.slice(found.metaAt);
}

/** The `_headers` rules: security headers on every path, and a locked-down policy for image files. */
export function formatHeadersFile(basePath: string): string {
  const block = (pattern: string, headers: readonly Header[]) =>
    [pattern, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  return [
    "# Security headers: values in lib/security/security-headers.ts, written by build/export/write-headers-file.ts.",
    block(`${basePath}/*`, SECURITY_HEADERS),
    block(`${basePath}${IMAGE_PATH}*`, IMAGE_HEADERS),
    "",
  ].join("\n\n");
}
