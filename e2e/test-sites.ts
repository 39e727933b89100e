/**
 * The built sites the end-to-end suite runs against. `scripts/build-test-sites.ts` builds each one in
 * turn (Next builds must not overlap in one checkout), and playwright.config.ts serves each on its port.
 */
export type TestSite = {
  /** Also the folder under e2e/ holding this site's specs; "main" uses the specs directly in e2e/. */
  name: string;
  /** Where the export is written. */
  outDir: string;
  /** Extra environment for the build (POSTS_DIR, BASE_PATH, ...). */
  env: Record<string, string>;
  /** Path the server is probed on before tests start. */
  readyPath: string;
};

export const TEST_SITES: TestSite[] = [{ name: "main", outDir: "out", env: {}, readyPath: "/" }];

/** Ports start at E2E_PORT_BASE (default 3100), one per site, so parallel checkouts can run side by side. */
export function portOf(site: TestSite): number {
  return Number(process.env.E2E_PORT_BASE ?? 3100) + TEST_SITES.indexOf(site);
}

/** The port e2e/redirects-server.spec.ts runs `next start` on, clear of the static sites' ports. */
export function serverModePort(): number {
  return Number(process.env.E2E_PORT_BASE ?? 3100) + 50;
}
