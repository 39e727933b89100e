import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { isSymbolicLink } from "../../lib/content/symbolic-links";
import { SYMBOLIC_LINK_NOTE } from "./import-files";
import { normaliseFromPath, pathKey } from "../../lib/content/path-syntax";
import { site } from "../../lib/site";
import { importPage } from "./import-pages";
import type { ImportedSiteCheck } from "./check-imported-site";
import { readExistingPages, sitePageAt } from "./page-claims";
import { findLinksToMissingPages } from "./missing-pages";
import { takeOutMissing } from "./take-out-missing";
import { importPost, planPosts } from "./import-posts";
import { applyLegacyPermalinks } from "./settings-file";
import { readJekyllConfig } from "./site-config";
import { listFiles, listPageFiles, reportUnimportedFolders } from "./jekyll-files";

/** Something about one file of the import, with the line it concerns where there is one. */
export type ImportNote = { file: string; line?: number; text: string; /** The site path it is about. */ path?: string };

/** A URL the old site served: found in `file`, expected to lead to `target` (a site path or URL) now. */
export type OldUrl = { url: string; file: string; target: string; answered: boolean };

/** Where an import writes: posts, pages, public files, and the settings file whose legacyPermalinks it sets. */
export type ImportTarget = {
  postsDir: string;
  publicDir: string;
  pagesDir: string;
  /** The pages folder as editors see it in messages, e.g. "content/pages". */
  pagesLabel: string;
  settingsFile?: string;
};

/** What the importers of posts and pages share while one site is imported. */
export type ImportContext = ReturnType<typeof startImport>;

/** What `npm run import:jekyll` did, for its report. */
export type ImportReport = ImportContext["report"];

function startImport(root: string, target: ImportTarget) {
  const config = readJekyllConfig(root);
  const files = (): string[] => [];
  const notes = (): ImportNote[] => [];
  return {
    root,
    config,
    target,
    // Files as the editor sees them ("posts/2018-10-09-x.md").
    report: {
      imported: files(),
      pages: files(),
      /** Pages that only redirect (redirect_to), archive pages included. */
      shortLinks: files(),
      unchanged: files(),
      drafts: files(),
      redirects: [] as { file: string; from: string }[],
      rewritten: notes(),
      /** Pages that were there before (starter pages) and that an old page covering the same thing replaced. */
      replaced: notes(),
      imagesCopied: files(),
      imagesMissing: notes(),
      notCarriedOver: notes(),
      /** The old site's permalink setting in _config.yml (Jekyll's default is "date"), for its old post URLs. */
      permalink: config.permalink,
      legacyPermalinks: site.legacyPermalinks,
      /** Every URL of the old site found in its files, and whether the new site answers it. */
      oldUrls: [] as OldUrl[],
      /** What `npm run check` says of the site after the import (tools/jekyll/check-imported-site.ts). */
      check: undefined as ImportedSiteCheck | undefined,
    },
    /** Each post's new URL by its old name ("2017-07-05-July-Meetup"), for `{% post_url %}`. */
    postUrls: new Map<string, string>(),
    oldUrls: [] as Omit<OldUrl, "answered">[],
    /** Each tag's slug, with the spelling of the first published post that has it. */
    tags: new Map<string, string>(),
    years: new Set<string>(),
    /** Every file written (or found identical), for the links check at the end. */
    written: [] as { file: string; text: string; destination: string }[],
    /** Each path an imported file took (permalink, redirect_from, old URL), by pathKey, with that file. */
    claims: new Map<string, string>(),
    /** The pages that were in the pages folder before the import and are still there. */
    existing: existsSync(target.pagesDir) ? readExistingPages(target.pagesDir, target.pagesLabel) : [],
  };
}

/** Import a Jekyll site: posts, pages, their images and its permalink setting; never overwrites a file that differs. */
export function importJekyllSite(root: string, target: ImportTarget): ImportReport {
  const postsRoot = path.join(root, "_posts");
  if (!existsSync(postsRoot)) throw new Error(`${root} has no _posts/ folder: pass the root folder of the Jekyll site`);
  if (isSymbolicLink(postsRoot)) throw new Error(`${postsRoot} is a symbolic link: ${SYMBOLIC_LINK_NOTE}`);
  const context = startImport(root, target);
  const { config, report } = context;
  if (config.problem) report.notCarriedOver.push({ file: "_config.yml", text: config.problem });
  report.legacyPermalinks = applyLegacyPermalinks(target.settingsFile, config.permalink, report);
  mkdirSync(target.postsDir, { recursive: true });
  const plans = planPosts(listFiles(postsRoot), root, report);
  for (const plan of plans) context.postUrls.set(`${plan.date}-${plan.oldTitle}`, plan.url);
  // One file the import cannot handle is named in the report; the others are still imported.
  for (const plan of plans) reportFailure(plan.shown, report, () => importPost(plan, context));
  for (const file of listPageFiles(root, config, report)) reportFailure(file, report, () => importPage(file, context));
  reportUnimportedFolders(root, report);
  report.oldUrls = tallyOldUrls(context);
  report.imagesMissing.push(...findLinksToMissingPages(context));
  takeOutMissing(report.imagesMissing, context);
  return report;
}

function reportFailure(shown: string, report: ImportReport, importFile: () => void): void {
  try {
    importFile();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report.notCarriedOver.push({ file: shown, text: `could not be imported: ${reason}` });
  }
}

// Each old URL once, answered when an imported file or the site's own page takes it (until checkImport asks).
function tallyOldUrls(context: ImportContext): OldUrl[] {
  const seen = new Map<string, OldUrl>();
  for (const old of context.oldUrls) {
    const key = normaliseFromPath(old.url) ?? old.url;
    const answered = context.claims.has(pathKey(key)) || sitePageAt(key, context) !== undefined;
    if (!seen.has(key)) seen.set(key, { ...old, answered });
  }
  return [...seen.values()];
}
