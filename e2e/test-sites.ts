import { copyPublishingFixtures } from "../test/support/bad-input-fixtures";
import { fixtureSiteEnv } from "../test/support/fixture-sites";
import { readJekyllConfig } from "../tools/jekyll/site-config";
import { JEKYLL_SITE_DIR, siteSliceExists } from "./jekyll/samples";
import { toolEnv } from "../lib/env";

/**
 * The built sites the end-to-end suite runs against. `test/support/build-test-sites.ts` builds each one in
 * turn (Next builds must not overlap in one checkout), and playwright.config.ts serves each on its port.
 */
export type TestSite = {
  /** Also the folder under e2e/ holding this site's specs; "main" uses the specs directly in e2e/. */
  name: string;
  /** Other folders under e2e/ whose specs run against this site too. */
  alsoSpecs?: string[];
  /** Where the export is written. */
  outDir: string;
  /** Extra environment for the build (SITE_DIR, POSTS_DIR, BASE_PATH, ...), over the main fixture site's SITE_DIR. */
  env: Record<string, string>;
  /** Path the server is probed on before tests start. */
  readyPath: string;
  /** Run before the build, e.g. to write the posts folder the site is built from. */
  prepare?: () => Promise<void>;
};

/** The name the "basepath" site is built under (lib/site.ts reads SITE_NAME). */
export const OTHER_SITE_NAME = "Riverside Containers Meetup";

export const TEST_SITES: TestSite[] = [
  // The fixture site test/fixtures/sites/main/, never the project's own content, which an adopter replaces.
  { name: "main", outDir: ".test-builds/main", env: fixtureSiteEnv(), readyPath: "/" },
  {
    // The old Jekyll site's slice imported (../shared/jekyll-site, when present) plus e2e/jekyll/fixtures, and a
    // photo writeup of generated photos (e2e/photos/): responsive images and galleries. One build for both.
    name: "jekyll",
    alsoSpecs: ["photos"],
    outDir: ".test-builds/jekyll",
    env: {
      POSTS_DIR: ".test-builds/jekyll-src/posts",
      PUBLIC_DIR: ".test-builds/jekyll-src/public",
      PAGES_DIR: ".test-builds/jekyll-src/pages",
      // What the importer sets in site.yml: the old site's own permalink setting ("pretty" for the fixtures).
      LEGACY_PERMALINKS: siteSliceExists() ? readJekyllConfig(JEKYLL_SITE_DIR).permalink : "pretty",
    },
    readyPath: "/",
    prepare: async () => {
      await (await import("./jekyll/prepare-site")).prepareJekyllSite(".test-builds/jekyll-src");
      await (await import("./photos/prepare-site")).addPhotoWriteup(".test-builds/jekyll-src");
    },
  },
  // The project's own content (posts/, content/pages/, data/, public/), whatever an adopter put there: the
  // content suite (e2e/content/, playwright.content.config.ts) checks every page of it, so a broken post fails.
  { name: "content", outDir: "out", env: { SITE_DIR: "." }, readyPath: "/" },
  // The main site's fixture under a base path, as on a GitHub project page; served below it (tools/serve-static.ts).
  // Built under another meetup's name, to prove only the settings and the posts name the meetup.
  {
    name: "basepath",
    outDir: ".test-builds/basepath",
    env: { ...fixtureSiteEnv(), BASE_PATH: "/cloud-native-london", SITE_NAME: OTHER_SITE_NAME },
    readyPath: "/cloud-native-london/",
  },
  {
    // Every bad-input fixture that publishes (test/fixtures/bad-input/): hostile front matter and bodies.
    name: "hostile",
    outDir: ".test-builds/hostile",
    // Hostile posts alone: the project's pages (content/pages/) and their redirects are not hostile content.
    env: { POSTS_DIR: ".test-builds/hostile-posts", PAGES_DIR: ".test-builds/hostile-posts/_no-pages" },
    readyPath: "/",
    prepare: async () => copyPublishingFixtures(".test-builds/hostile-posts"),
  },
];

/** Ports start at E2E_PORT_BASE (default 3100), one per site, so parallel checkouts can run side by side. */
export function portOf(site: TestSite): number {
  return toolEnv.e2ePortBase + TEST_SITES.indexOf(site);
}

/** The port e2e/redirects-server.spec.ts runs `next start` on, clear of the static sites' ports. */
export function serverModePort(): number {
  return toolEnv.e2ePortBase + 50;
}
