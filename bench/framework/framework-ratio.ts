import { msPerPage, type StaticGeneration } from "../measure/next-trace";
import type { BuildRun } from "../measure/run-build";
import { formatTable } from "../measure/table";

/** One size's static generation against the bare app's, a page each. */
export type FrameworkRatio = {
  posts: number;
  site: StaticGeneration;
  msPerPage: number;
  /** The bare app built beside this size, with as many pages. */
  bare: StaticGeneration;
  bareMsPerPage: number;
  /** The site's milliseconds a page over the bare app's: how many bare pages one of the site's costs. */
  ratio: number;
};

/** What one site build reported of its static generation. */
type SiteRun = Pick<BuildRun, "staticGenerationSeconds" | "pagesGenerated" | "staticWorkers"> & { posts: number };

/** The site's static generation in one build, where both its trace and its output reported it. */
function siteStaticGeneration(run: SiteRun): StaticGeneration | undefined {
  const { staticGenerationSeconds: seconds, pagesGenerated: pages, staticWorkers: workers } = run;
  return seconds === undefined || pages === undefined || workers === undefined
    ? undefined
    : { seconds, pages, workers };
}

/**
 * Each size's time a page against that of the bare app built beside it (`bare`, by size); sizes whose
 * static generation, or whose bare app's, was not reported are left out.
 */
export function compareWithBare(
  runs: readonly SiteRun[],
  bares: ReadonlyMap<number, StaticGeneration>,
): FrameworkRatio[] {
  return runs.flatMap((run) => {
    const site = siteStaticGeneration(run);
    const bare = bares.get(run.posts);
    if (!site || !bare) return [];
    const bareMsPerPage = msPerPage(bare);
    return [
      {
        posts: run.posts,
        site,
        msPerPage: msPerPage(site),
        bare,
        bareMsPerPage,
        ratio: msPerPage(site) / bareMsPerPage,
      },
    ];
  });
}

/** The comparison as a table, workers included to show both ran on the same setup. */
export function formatFrameworkRatios(ratios: readonly FrameworkRatio[]): string {
  return formatTable(
    ["posts", "static generation s", "pages", "ms a page", "bare ms a page", "site / bare", "workers site, bare"],
    ratios.map((row) => [
      row.posts,
      row.site.seconds.toFixed(1),
      row.site.pages,
      row.msPerPage.toFixed(2),
      row.bareMsPerPage.toFixed(2),
      row.ratio.toFixed(2),
      `${row.site.workers}, ${row.bare.workers}`,
    ]),
  );
}
