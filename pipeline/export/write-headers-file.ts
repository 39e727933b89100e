import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatHeadersFile } from "../../lib/security/headers-file";
import { site } from "../../lib/site";
import type { PostExportStep } from "./step";

/** Post-export step: `_headers` (Netlify / Cloudflare Pages format) with the security headers. */
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
