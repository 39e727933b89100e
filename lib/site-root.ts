import path from "node:path";
import { env } from "./env";

/**
 * A path inside the site's root (SITE_DIR, by default the project root), which holds everything that makes
 * the site one meetup's: site.yml, posts/, content/pages/, data/ and public/. `siteFile("data", "sponsors.yml")`.
 */
export function siteFile(...parts: string[]): string {
  return path.join(env.siteDir, ...parts);
}
