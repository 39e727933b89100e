import type { ContentProblem } from "../content/content-error";
import { readOrganisers, readSponsorTiers, type DataList } from "./data-files";
import type { SitePage } from "./page-file";
import { site } from "../site";

/**
 * The data files pages show (data/organisers.yml, data/sponsor-tiers.yml): every problem in them, and a
 * page that asks for a section whose file is missing or empty, or for a call for speakers site.yml lacks.
 */
export function checkPageData(pages: readonly SitePage[]): ContentProblem[] {
  const files: Record<string, DataList<unknown>> = {
    organisers: readOrganisers(),
    "sponsor-tiers": readSponsorTiers(),
  };
  const problems = Object.values(files).flatMap((list) => list.problems);
  for (const page of pages) {
    page.sections.forEach((section, index) => {
      const report = (message: string, expected: string, severity: ContentProblem["severity"]) =>
        problems.push({
          file: page.file,
          line: page.lines[`sections[${index}]`] ?? page.lines.sections ?? 1,
          field: `sections[${index}]`,
          message,
          expected,
          severity,
        });
      if (section === "call-for-speakers" && !site.callForSpeakers)
        report(
          "shows the call for speakers, which site.yml does not set yet",
          "callForSpeakers in site.yml",
          "warning",
        );
      const list = files[section];
      if (!list || list.items.length > 0 || list.problems.length > 0) return;
      report(
        `shows ${list.file}, which ${list.exists ? "lists no one" : "does not exist"}`,
        `entries in ${list.file} (see CONTRIBUTING.md), or no "${section}" section`,
        "error",
      );
    });
  }
  return problems;
}
