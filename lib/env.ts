/**
 * Every environment variable the project reads, read here and nowhere else (ESLint refuses `process.env.X`
 * elsewhere), each one in docs/architecture.md's table (test/docs-map.test.ts checks). A normal build needs
 * none. Those marked "Test seam" exist so that tests and benchmarks can point the build at other content or
 * machinery; a site never sets them. Each is read when asked, so a test can set it first.
 */
import path from "node:path";

function text(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

function count(value: string | undefined): number | undefined {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}

// A folder or file the variable names, or the site root's own.
function underSite(value: string | undefined, ...parts: string[]): string {
  return path.resolve(text(value) ?? path.join(env.siteDir, ...parts));
}

// An object whose every property runs its reader when read.
function readWhenAsked<T extends Record<string, () => unknown>>(readers: T) {
  const properties = Object.entries(readers).map(([key, get]) => [key, { get, enumerable: true }]);
  return Object.defineProperties({}, Object.fromEntries(properties)) as { readonly [K in keyof T]: ReturnType<T[K]> };
}

/** The site's environment: settings overrides, content folders, build switches and caches. */
export const env = readWhenAsked({
  /** The address in absolute links, instead of the settings' own. */
  siteUrl: () => text(process.env.SITE_URL),
  /** The folder the site is served from; Next hands it to its own processes as NEXT_PUBLIC_BASE_PATH. */
  basePath: () => text(process.env.BASE_PATH) ?? text(process.env.NEXT_PUBLIC_BASE_PATH) ?? "",
  /** Test seam: the meetup's name, so that a test sees every page say only what the settings say. */
  siteName: () => text(process.env.SITE_NAME),
  /** The old Jekyll `permalink` setting whose URLs redirect, instead of the settings' own. */
  legacyPermalinks: () => process.env.LEGACY_PERMALINKS,
  /** The site's root: site.yml, posts/, content/pages/, data/ and public/ (a fixture site, a benchmark corpus). */
  siteDir: () => path.resolve(text(process.env.SITE_DIR) ?? "."),
  /** Test seam: the folder posts are read from, instead of the site root's posts/. */
  postsDir: () => underSite(process.env.POSTS_DIR, "posts"),
  /** Test seam: the folder pages are read from (and the Jekyll import writes to). */
  pagesDir: () => underSite(process.env.PAGES_DIR, "content", "pages"),
  /** Test seam: the folder of static files. */
  publicDir: () => underSite(process.env.PUBLIC_DIR, "public"),
  /** Test seam: the sponsor registry. */
  sponsorsFile: () => underSite(process.env.SPONSORS_FILE, "data", "sponsors.yml"),
  /** Test seam: the organisers a page's `sections` shows. */
  organisersFile: () => underSite(process.env.ORGANISERS_FILE, "data", "organisers.yml"),
  /** Test seam: the sponsorship tiers a page's `sections` shows. */
  sponsorTiersFile: () => underSite(process.env.SPONSOR_TIERS_FILE, "data", "sponsor-tiers.yml"),
  /** Test seam: the settings file whose `legacyPermalinks` the Jekyll import sets. */
  settingsFile: () => underSite(process.env.SETTINGS_FILE, "site.yml"),
  /** True under `next dev`: drafts show, changed files are read again. */
  development: () => process.env.NODE_ENV === "development",
  /** True for `npm run build:server`: a build for `next start`, with no export and no post-export steps. */
  serverMode: () => process.env.BUILD_MODE === "server",
  /** Where `npm run build` writes the export. */
  outDir: () => path.resolve(text(process.env.OUT_DIR) ?? "out"),
  /** Next's build folder; pipeline/build.ts sets it for its `next build`, e2e/dev-server.spec.ts for its `next dev`. */
  nextDistDir: () => text(process.env.NEXT_DIST_DIR),
  /** Test seam: how many workers render pages. */
  buildWorkers: () => count(process.env.BUILD_WORKERS),
  /** Test seam: false makes Next's workers processes instead of threads. */
  buildWorkerThreads: () => process.env.BUILD_WORKER_THREADS !== "0",
  /** The heap limit of Next's process and its worker threads, in MiB. */
  buildHeapMiB: () => count(process.env.BUILD_HEAP_MIB),
  /** Set by pipeline/build.ts: the saved posts that Next's workers and the post-export steps load. */
  postsSnapshot: () => text(process.env.POSTS_SNAPSHOT),
  /** Where encoded photos are kept between builds. */
  imageCacheDir: () => path.resolve(text(process.env.IMAGE_CACHE_DIR) ?? ".cache/images"),
  /** A content pull request's change file: photos it did not change, if no cache has them, get preview settings. */
  imagePreview: () => text(process.env.IMAGE_PREVIEW),
  /** How many originals are encoded at once. */
  imageJobs: () => count(process.env.IMAGE_JOBS),
  /** Where drawn social cards are kept between builds. */
  socialCardCacheDir: () => path.resolve(text(process.env.SOCIAL_CARD_CACHE) ?? ".cache/social-cards"),
  /** Where read posts are kept between builds. */
  postCacheDir: () => path.resolve(text(process.env.POST_CACHE_DIR) ?? ".cache/posts"),
  /** False with POST_CACHE=0: every post is read afresh, as in a clean build. */
  postCache: () => process.env.POST_CACHE !== "0",
});

/** The environment of the project's commands, tests and benchmarks, apart from the site's build. */
export const toolEnv = readWhenAsked({
  /** The port `npm run serve` listens on. */
  port: () => count(process.env.PORT) ?? 3000,
  /** The file GitHub Actions reads a step's outputs from (tools/classify-change.ts writes to it). */
  githubOutput: () => text(process.env.GITHUB_OUTPUT),
  /** The port `npm run lighthouse` serves the export on. */
  lighthousePort: () => count(process.env.LIGHTHOUSE_PORT) ?? 3690,
  /** The Chrome Lighthouse and the scroll benchmark drive. */
  chromePath: () => text(process.env.CHROME_PATH),
  /** Test seam: the Chromium the e2e suite drives. */
  chromiumPath: () => text(process.env.CHROMIUM_PATH),
  /** Test seam: the first port of the e2e suite's servers. */
  e2ePortBase: () => count(process.env.E2E_PORT_BASE) ?? 3100,
  /** Test seam: the test sites Playwright serves and tests, comma-separated; all when unset. */
  e2eSites: () => text(process.env.E2E_SITES)?.split(","),
  /** Set by Playwright in its worker processes: the e2e specs print a notice once, from the main process. */
  playwrightWorker: () => process.env.TEST_WORKER_INDEX !== undefined,
  /** Test seam: real old-site posts the Jekyll tests import. */
  jekyllSampleDir: () => path.resolve(text(process.env.JEKYLL_SAMPLE_DIR) ?? "../shared/jekyll-sample"),
  /** Test seam: the old site's slice the Jekyll test site is imported from. */
  jekyllSiteDir: () => path.resolve(text(process.env.JEKYLL_SITE_DIR) ?? "../shared/jekyll-site"),
});
