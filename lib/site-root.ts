import path from "node:path";

/**
 * The site's root folder: the project root, or SITE_DIR (a test fixture site, a benchmark corpus). It holds
 * everything that makes the site one meetup's: site.yml, posts/, content/pages/, data/ and public/.
 */
function siteRoot(): string {
  return path.resolve(process.env.SITE_DIR ?? ".");
}

/** A path inside the site's root: `siteFile("data", "sponsors.yml")`. */
export function siteFile(...parts: string[]): string {
  return path.join(siteRoot(), ...parts);
}
