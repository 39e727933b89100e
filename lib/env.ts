/**
 * Every environment variable the project reads, read here and nowhere else (ESLint refuses `process.env.X`
 * elsewhere), each one in docs/architecture.md's table (test/docs-map.test.ts checks). A normal build needs
 * none. Those marked "Test seam" exist so that tests and benchmarks can point the build at other content or
 * machinery; a site never sets them. Each getter reads the variable when asked, so a test can set it first.
 */
import path from "node:path";

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function count(value: string | undefined): number | undefined {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}

/** The site's environment: settings overrides, content folders, build switches and caches. */
export const env = {
  /** The address in absolute links, instead of the settings' own. */
  get siteUrl() {
    return text(process.env.SITE_URL);
  },
  /** The folder the site is served from; Next hands it to its own processes as NEXT_PUBLIC_BASE_PATH. */
  get basePath() {
    return text(process.env.BASE_PATH) ?? text(process.env.NEXT_PUBLIC_BASE_PATH) ?? "";
  },
  /** Test seam: the meetup's name, so that a test sees every page say only what the settings say. */
  get siteName() {
    return text(process.env.SITE_NAME);
  },
  /** The old Jekyll `permalink` setting whose URLs redirect, instead of the settings' own. */
  get legacyPermalinks() {
    return process.env.LEGACY_PERMALINKS;
  },
  /** The site's root: site.yml, posts/, content/pages/, data/ and public/ (a fixture site, a benchmark corpus). */
  get siteDir() {
    return path.resolve(text(process.env.SITE_DIR) ?? ".");
  },
  /** Test seam: the folder posts are read from, instead of the site root's posts/. */
  get postsDir() {
    return path.resolve(text(process.env.POSTS_DIR) ?? path.join(env.siteDir, "posts"));
  },
  /** Test seam: the folder pages are read from (and the Jekyll import writes to). */
  get pagesDir() {
    return path.resolve(text(process.env.PAGES_DIR) ?? path.join(env.siteDir, "content", "pages"));
  },
  /** Test seam: the folder of static files. */
  get publicDir() {
    return path.resolve(text(process.env.PUBLIC_DIR) ?? path.join(env.siteDir, "public"));
  },
  /** Test seam: the sponsor registry. */
  get sponsorsFile() {
    return path.resolve(text(process.env.SPONSORS_FILE) ?? path.join(env.siteDir, "data", "sponsors.yml"));
  },
  /** Test seam: the organisers a page's `sections` shows. */
  get organisersFile() {
    return path.resolve(text(process.env.ORGANISERS_FILE) ?? path.join(env.siteDir, "data", "organisers.yml"));
  },
  /** Test seam: the sponsorship tiers a page's `sections` shows. */
  get sponsorTiersFile() {
    return path.resolve(text(process.env.SPONSOR_TIERS_FILE) ?? path.join(env.siteDir, "data", "sponsor-tiers.yml"));
  },
  /** Test seam: the settings file whose `legacyPermalinks` the Jekyll import sets. */
  get settingsFile() {
    return path.resolve(text(process.env.SETTINGS_FILE) ?? path.join(env.siteDir, "site.yml"));
  },
  /** True under `next dev`: drafts show, changed files are read again. */
  get development() {
    return process.env.NODE_ENV === "development";
  },
  /** True in `next build` (and `next start`), false in `next dev` and in plain scripts. */
  get production() {
    return process.env.NODE_ENV === "production";
  },
  /** True for `npm run build:server`: a build for `next start`, with no export and no post-export steps. */
  get serverMode() {
    return process.env.BUILD_MODE === "server";
  },
  /** Where `npm run build` writes the export. */
  get outDir() {
    return path.resolve(text(process.env.OUT_DIR) ?? "out");
  },
  /** Next's build folder; pipeline/build.ts sets it for its `next build`, e2e/dev-server.spec.ts for its `next dev`. */
  get nextDistDir() {
    return text(process.env.NEXT_DIST_DIR);
  },
  /** Test seam: how many workers render pages. */
  get buildWorkers() {
    return count(process.env.BUILD_WORKERS);
  },
  /** Test seam: false makes Next's workers processes instead of threads. */
  get buildWorkerThreads() {
    return process.env.BUILD_WORKER_THREADS !== "0";
  },
  /** The heap limit of Next's process and its worker threads, in MiB. */
  get buildHeapMiB() {
    return count(process.env.BUILD_HEAP_MIB);
  },
  /** Set by pipeline/build.ts: the saved posts that Next's workers and the post-export steps load. */
  get postsSnapshot() {
    return text(process.env.POSTS_SNAPSHOT);
  },
  /** Where encoded photos are kept between builds. */
  get imageCacheDir() {
    return path.resolve(text(process.env.IMAGE_CACHE_DIR) ?? ".cache/images");
  },
  /** A content pull request's change file: photos it did not change, if no cache has them, get preview settings. */
  get imagePreview() {
    return text(process.env.IMAGE_PREVIEW);
  },
  /** How many originals are encoded at once. */
  get imageJobs() {
    return count(process.env.IMAGE_JOBS);
  },
  /** Where drawn social cards are kept between builds. */
  get socialCardCacheDir() {
    return path.resolve(text(process.env.SOCIAL_CARD_CACHE) ?? ".cache/social-cards");
  },
  /** Where read posts are kept between builds. */
  get postCacheDir() {
    return path.resolve(text(process.env.POST_CACHE_DIR) ?? ".cache/posts");
  },
  /** False with POST_CACHE=0: every post is read afresh, as in a clean build. */
  get postCache() {
    return process.env.POST_CACHE !== "0";
  },
};

/** The environment of the project's commands, tests and benchmarks, apart from the site's build. */
export const toolEnv = {
  /** The port `npm run serve` listens on. */
  get port() {
    return count(process.env.PORT) ?? 3000;
  },
  /** The file GitHub Actions reads a step's outputs from (tools/classify-change.ts writes to it). */
  get githubOutput() {
    return text(process.env.GITHUB_OUTPUT);
  },
  /** The port `npm run lighthouse` serves the export on. */
  get lighthousePort() {
    return count(process.env.LIGHTHOUSE_PORT) ?? 3690;
  },
  /** The Chrome Lighthouse and the scroll benchmark drive. */
  get chromePath() {
    return text(process.env.CHROME_PATH);
  },
  /** Test seam: the Chromium the e2e suite drives. */
  get chromiumPath() {
    return text(process.env.CHROMIUM_PATH);
  },
  /** Test seam: the first port of the e2e suite's servers. */
  get e2ePortBase() {
    return count(process.env.E2E_PORT_BASE) ?? 3100;
  },
  /** Test seam: the test sites Playwright serves and tests, comma-separated; all when unset. */
  get e2eSites() {
    return text(process.env.E2E_SITES)?.split(",");
  },
  /** Set by Playwright in its worker processes: the e2e specs print a notice once, from the main process. */
  get playwrightWorker() {
    return process.env.TEST_WORKER_INDEX !== undefined;
  },
  /** Test seam: real old-site posts the Jekyll tests import. */
  get jekyllSampleDir() {
    return path.resolve(text(process.env.JEKYLL_SAMPLE_DIR) ?? "../shared/jekyll-sample");
  },
  /** Test seam: the old site's slice the Jekyll test site is imported from. */
  get jekyllSiteDir() {
    return path.resolve(text(process.env.JEKYLL_SITE_DIR) ?? "../shared/jekyll-site");
  },
};
