import path from "node:path";

/**
 * The fixture sites under test/fixtures/sites/: each a site root of its own (posts/, content/pages/, data/,
 * public/), so that the tests never read the project's own content, which an adopting meetup replaces.
 * "main" is a copy of the demo meetup's content as it was when the tests were written against it.
 */
export const FIXTURE_SITES_DIR = "test/fixtures/sites";

/** The root folder of the fixture site `name`, relative to the project. */
export function fixtureSiteDir(name = "main"): string {
  return path.join(FIXTURE_SITES_DIR, name);
}

/** The environment that makes the fixture site `name` the site's root (env.siteDir, lib/env.ts). */
export function fixtureSiteEnv(name = "main"): { SITE_DIR: string } {
  return { SITE_DIR: fixtureSiteDir(name) };
}
