import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { toolEnv } from "../../lib/env";

/** The four category scores (0–100) and the page-budget figures of one Lighthouse run. */
export type LighthouseResult = {
  scores: { performance: number; accessibility: number; "best-practices": number; seo: number };
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Transferred bytes by resource type, as Lighthouse's network records saw them. */
  transfer: { script: number; stylesheet: number; document: number; image: number; total: number };
  /** Requests to any origin other than the page's own. */
  thirdPartyRequests: string[];
  /** Audits that cost points: "category: id (score)". */
  failing: string[];
};

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; details?: { items?: unknown[] } }>;
};

const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage";

/** Run the pinned Lighthouse CLI (mobile preset, simulated throttling) on one URL with Debian's Chromium. */
export function runLighthouse(url: string, reportFile: string): LighthouseResult {
  const chrome = toolEnv.chromePath ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const run = spawnSync(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      url,
      "--output=json",
      `--output-path=${reportFile}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--quiet",
    ],
    { stdio: "inherit", env: chrome ? { ...process.env, CHROME_PATH: chrome } : process.env },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  return summarise(JSON.parse(readFileSync(reportFile, "utf8")) as Lhr, new URL(url).origin);
}

function summarise(lhr: Lhr, origin: string): LighthouseResult {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = (id: string) => (lhr.audits[id]?.details?.items ?? []) as Record<string, unknown>[];
  const bytesOf = (type: string) =>
    Number(items("resource-summary").find((item) => item.resourceType === type)?.transferSize ?? 0);
  const failing = Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs.flatMap(({ id, weight }) => {
      const audit = lhr.audits[id];
      return weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1
        ? [`${category}: ${id} (${audit.score})`]
        : [];
    }),
  );
  return {
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    cls: numeric("cumulative-layout-shift"),
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    transfer: {
      script: bytesOf("script"),
      stylesheet: bytesOf("stylesheet"),
      document: bytesOf("document"),
      image: bytesOf("image"),
      total: bytesOf("total"),
    },
    thirdPartyRequests: items("network-requests")
      .map((item) => String(item.url ?? ""))
      .filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin),
    failing,
  };
}
