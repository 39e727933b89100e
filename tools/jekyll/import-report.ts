import { plural } from "../../lib/plural";
import type { ImportNote, ImportReport } from "./import-site";

/** The report `npm run import:jekyll` prints: a line per thing to look at, grouped, then totals and the check. */
export function formatImportReport(report: ImportReport, source: string): string {
  const unanswered = report.oldUrls.filter((url) => !url.answered);
  const answered = report.oldUrls.length - unanswered.length;
  const rewrittenFiles = new Set(report.rewritten.map((note) => note.file));
  const notCarried = report.notCarriedOver.length + report.imagesMissing.length;
  const lines = [
    `From ${source}:`,
    `Posts imported into posts/: ${report.imported.length}` +
      (report.unchanged.length > 0 ? ` (and ${report.unchanged.length} files already here and unchanged)` : ""),
    ...report.imported.map((file) => `  ${file}`),
    `Pages imported: ${report.pages.length}`,
    ...report.pages.map((file) => `  ${file}`),
    `Short links (pages that only redirect): ${report.shortLinks.length}`,
    ...report.shortLinks.map((file) => `  ${file}`),
    `Drafts (published: false, left out of the built site): ${report.drafts.length}`,
    ...report.drafts.map((file) => `  ${file}`),
    `Redirects (old URLs that lead to their post or page): ${report.redirects.length}`,
    ...report.redirects.map((redirect) => `  ${redirect.from} -> ${redirect.file}`),
    `Old post URLs: the permalink setting "${report.permalink}"; legacyPermalinks is now ${JSON.stringify(report.legacyPermalinks)}.`,
    `Rewritten, because this site cannot read it as it was: ${report.rewritten.length}`,
    ...report.rewritten.map(formatNote),
    `Images and files copied into public/: ${report.imagesCopied.length}`,
    `Images, files and pages the old site itself lacks (taken out; a link keeps its text): ${report.imagesMissing.length}`,
    ...report.imagesMissing.map(formatNote),
    `Not carried over: ${report.notCarriedOver.length}`,
    ...report.notCarriedOver.map(formatNote),
    `Old URLs not answered: ${unanswered.length}`,
    ...unanswered.map((url) => `  ${url.url} (from ${url.file})`),
    `Replaced by an old page that covers the same thing: ${report.replaced.length}`,
    ...report.replaced.map(formatNote),
    ...(report.check
      ? [
          `npm run check finds ${plural(report.check.errors.length, "error")}:`,
          ...report.check.errors.map((line) => `  ${line}`),
        ]
      : ["Next: run npm run check, which names every problem left with its file and line."]),
    `Imported: ${plural(report.imported.length, "post")}, ${plural(report.pages.length, "page")}, ${plural(report.redirects.length, "redirect")}, ${plural(report.shortLinks.length, "short link")}.`,
    `Files rewritten: ${rewrittenFiles.size} (${plural(report.rewritten.length, "change")}).`,
    `Not carried over: ${notCarried} (${report.imagesMissing.length} missing in the old site itself).`,
    `Old URLs answered${report.check ? " by the built site" : ""}: ${answered} of ${report.oldUrls.length} found.`,
    ...(report.check ? [`npm run check: ${report.check.summary}`] : []),
  ];
  return lines.join("\n");
}

function formatNote(note: ImportNote): string {
  return `  ${note.file}${note.line ? `:${note.line}` : ""}: ${note.text}`;
}
