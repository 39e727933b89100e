/**
 * Give every exported page the site's policy in a <meta> Content-Security-Policy, pinning by hash the one
 * inline script the site writes (done to each page by the page pass, pipeline/export/page-pass.ts), and the
 * post-export step that writes `_headers` (Netlify / Cloudflare Pages format) with the security headers.
 */
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";
import {
  FILE_HEADERS,
  IMAGE_PATH,
  pagePolicy,
  securityHeaders,
  SVG_EXTENSION,
  type Header,
} from "../../lib/security/security-headers";
import { site } from "../../lib/site";
import { parsePageScripts } from "./page-scripts";
import type { PostExportStep } from "./step";
import { scanPageScripts } from "./scan-page-scripts";

/** The step that writes `_headers`; the page pass has given every page its policy already. */
export const securityHeadersStep: PostExportStep = {
  name: "security headers (_headers)",
  run: (siteDir) => {
    const headersFile = path.join(siteDir, "_headers");
    // The check refuses a public/_headers; one here all the same came from somewhere nothing checked.
    if (existsSync(headersFile))
      throw new Error("_headers exists before the build writes it: only the build writes it");
    writeFileSync(headersFile, formatHeadersFile(site.basePath));
  },
};

// The only inline script the site writes; any other inline script in an exported page came from somewhere
// else (a file in public/, a step that went wrong) and is never allowed to run.
const SITE_INLINE_SCRIPTS = new Set([REDIRECT_SCRIPT]);

/** A page with a <meta> policy, first in its <head>, allowing the inline scripts the site wrote and no other. */
export function pinInlineScripts(html: string, file: string): string {
  // The tree answers where the scan of the tokens cannot; they agree where both can (see the tests).
  const found = scanPageScripts(html) ?? parsePageScripts(html);
  if (found.handler) throw new Error(`${file}: ${found.handler} would be blocked by the policy`);
  const foreign = found.inline.find((text) => !SITE_INLINE_SCRIPTS.has(text));
  if (foreign !== undefined) {
    throw new Error(`${file}: an inline script the site does not write (${JSON.stringify(foreign.slice(0, 60))})`);
  }
  if (found.metaAt > found.firstScriptAt) {
    throw new Error(`${file}: a script comes before <head>, where the policy must go`);
  }
  const hashes = new Set(found.inline.map((text) => createHash("sha256").update(text, "utf8").digest("base64")));
  // Sorted: where the parser moves elements (a table's foster parenting), tree and source order differ.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy([...hashes].sort())}"/>`;
  return html.slice(0, found.metaAt) + meta + html.slice(found.metaAt);
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
    "",
  ].join("\n\n");
}
