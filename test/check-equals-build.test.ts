import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { listBadInputFixtures, prepareFixture, relabelFixtureOutput } from "./support/bad-input-fixtures";
import { setEnv, setFixtureSite, temporaryFolder } from "./support/test-helpers";
import { checkContent } from "../lib/check/content-check";
import { formatProblem } from "../lib/content/content-error";
import { renderHtml } from "../lib/markdown/pipeline";
import { getSitePaths } from "../lib/lists/site-paths";
import { listPublicFiles } from "../lib/public-files";
import { ENCODED_ORIGINAL } from "../lib/images/limits";
import { inspect } from "../lib/images/source";
import { encodeImage } from "../lib/images/process";
import { site } from "../lib/site";
import { writeRedirectFiles } from "../pipeline/steps/redirect-files";
import { findBrokenExportLinks } from "../pipeline/export/check-links";

// check == build: every refusal the build can make on content is a check rule. The build's first step is the
// check itself (pipeline/read-posts.ts runs checkContent and stops on its errors); what follows judges content
// again: the redirect pages, the photos sharp decodes, and the link check over the pages. Those run here on a
// stand-in export (every page of the site, each post's page holding its body) for every case the check passes.
setFixtureSite();
// Encoded photos go to a cache of this file's own, shared by the cases (they share most photos).
setEnv({ IMAGE_CACHE_DIR: temporaryFolder("cnl-check-build-images-") });

const FILE_LINE = /^(.+?):(\d+): /;

/** What the build's steps after the check refuse in the site as the environment names it, message by message. */
async function refusalsAfterCheck(): Promise<string[]> {
  const exportDir = temporaryFolder("cnl-check-build-");
  const write = (sitePath: string, html: string) => {
    const file = path.join(exportDir, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
  };
  for (const sitePath of getSitePaths()) write(sitePath, "<!DOCTYPE html><html><body></body></html>");
  const { posts } = checkContent();
  for (const post of posts) write(post.url, `<!DOCTYPE html><html><body>${renderHtml(post.body)}</body></html>`);
  for (const file of listPublicFiles()) {
    mkdirSync(path.dirname(path.join(exportDir, file.sitePath)), { recursive: true });
    copyFileSync(file.full, path.join(exportDir, file.sitePath));
  }
  const refusals: string[] = [];
  const refuse = async (step: () => unknown) => {
    try {
      await step();
    } catch (error) {
      refusals.push(...(error instanceof Error ? error.message : String(error)).split("\n"));
    }
  };
  await refuse(() => writeRedirectFiles(exportDir));
  for (const file of listPublicFiles().filter((candidate) => ENCODED_ORIGINAL.test(candidate.sitePath))) {
    const source = inspect(file.full);
    if (source) await refuse(() => encodeImage(source, [{ width: 16, format: source.fallback }]));
  }
  for (const { page, link } of findBrokenExportLinks(exportDir, "", site.url))
    refusals.push(`${page} links to ${link}`);
  return refusals;
}

describe("check == build: whatever the build refuses, npm run check refuses at the same file and line", () => {
  for (const fixture of listBadInputFixtures().filter((candidate) => !candidate.pending)) {
    it(fixture.name, async () => {
      const prepared = prepareFixture(fixture);
      setEnv({ POSTS_DIR: prepared.postsDir, PUBLIC_DIR: prepared.publicDir, PAGES_DIR: prepared.pagesDir });
      const checked = checkContent().problems.filter((problem) => problem.severity === "error");
      const checkLines = new Set(checked.map((problem) => `${problem.file}:${problem.line}`));
      // The build stops on the check's errors; only a site the check passes reaches the later steps.
      const refusals = checked.length > 0 ? checked.map(formatProblem) : await refusalsAfterCheck();
      for (const refusal of refusals) {
        const shown = relabelFixtureOutput(refusal, prepared);
        const [, file, line] = FILE_LINE.exec(refusal) ?? [];
        assert.ok(file && line, `a build error names no file and line: ${shown}`);
        assert.ok(checkLines.has(`${file}:${line}`), `the build refuses what check passes: ${shown}`);
      }
    });
  }
});
