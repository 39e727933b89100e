import type { ImportNote, ImportReport } from "./import-site";

/** The report `npm run import:jekyll` prints: counts first, then one line per thing an editor should look at. */
export function formatImportReport(report: ImportReport, source: string): string {
  const lines = [
    `Imported ${count(report.imported.length, "post")} from ${source}/_posts` +
      (report.unchanged.length > 0 ? ` (${report.unchanged.length} already here and unchanged)` : "") +
      ".",
    ...report.imported.map((file) => `  ${file}`),
    `Drafts (published: false, left out of the built site): ${report.drafts.length}`,
    ...report.drafts.map((file) => `  ${file}`),
    `Redirects (redirect_from, old URLs that will lead to their post): ${report.redirects.length}`,
    ...report.redirects.map((redirect) => `  ${redirect.from} -> ${redirect.file}`),
    `Rewritten, because this site cannot read it as it was: ${report.rewritten.length}`,
    ...report.rewritten.map(formatNote),
    `Images and files copied into public/: ${report.imagesCopied.length}`,
    `Images missing: ${report.imagesMissing.length}`,
    ...report.imagesMissing.map(formatNote),
    `Not carried over: ${report.notCarriedOver.length}`,
    ...report.notCarriedOver.map(formatNote),
    `Old post URLs followed the Jekyll permalink setting "${report.permalink}": to redirect the /:year/:month/:day/:title/ ones, set legacyPermalinks: true in lib/site.ts.`,
    "Next: run npm run check, which names every problem left with its file and line.",
  ];
  return lines.join("\n");
}

function formatNote(note: ImportNote): string {
  return `  ${note.file}${note.line ? `:${note.line}` : ""}: ${note.text}`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}
