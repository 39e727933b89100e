/** Every exported page's <meta> Content-Security-Policy, pinning by hash the one inline script the site writes. */
import { createHash } from "node:crypto";
import { REDIRECT_SCRIPT } from "../../lib/redirects/redirect-script";
import { pagePolicy } from "../../lib/security/security-headers";
import { parsePageScripts } from "./parse-page-scripts";

// The only inline script the site writes; any other came from somewhere else and must never run.
const SITE_INLINE_SCRIPTS = new Set([REDIRECT_SCRIPT]);

/** A page with a <meta> policy, first in its <head>, allowing the inline scripts the site wrote and no other. */
export function pinInlineScripts(html: string, file: string): string {
  const found = parsePageScripts(html);
  if (found.handler) throw new Error(`${file}: ${found.handler} would be blocked by the policy`);
  const foreign = found.inline.find((text) => !SITE_INLINE_SCRIPTS.has(text));
  if (foreign !== undefined)
    throw new Error(`${file}: an inline script the site does not write (${JSON.stringify(foreign.slice(0, 60))})`);
  if (found.metaAt > found.firstScriptAt)
    throw new Error(`${file}: a script comes before <head>, where the policy must go`);
  const hashes = new Set(found.inline.map((text) => createHash("sha256").update(text, "utf8").digest("base64")));
  // Sorted: where the parser moves elements (a table's foster parenting), tree and source order differ.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy([...hashes].sort())}"/>`;
  return html.slice(0, found.metaAt) + meta + html.slice(found.metaAt);
}
