import { createHash } from "node:crypto";

/**
 * The redirect pages' one inline script, the same everywhere so that a policy can allow it by hash: it follows
 * the meta refresh at once, keeping the #hash the visitor came with, which a meta refresh drops.
 */
export const REDIRECT_SCRIPT =
  "var m=document.querySelector('meta[http-equiv=\"refresh\"]');" +
  'if(m){var u=new URL(m.content.replace(/^[^;]*;\\s*url=/i,""),location.href);' +
  "if(location.hash)u.hash=location.hash;location.replace(u.href)}";

/** The CSP source that allows REDIRECT_SCRIPT, for a `script-src` directive: 'sha256-…'. */
export const REDIRECT_SCRIPT_CSP_HASH = `'sha256-${createHash("sha256").update(REDIRECT_SCRIPT, "utf8").digest("base64")}'`;
