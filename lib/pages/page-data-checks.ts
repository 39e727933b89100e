import type { ContentProblem } from "../content/content-error";
import { readOrganisers, readSponsorTiers, type DataList } from "./data-files";
import type { SitePage } from "./page-file";

/**
 * The data files pages show (data/organisers.yml, data/sponsor-tiers.yml): every problem in them, and a
 * page that asks for a section whose file is missing or empty.
 */
export function checkPageData(pages: readonly SitePage[]): ContentProblem[] {
  const files: Record<string, DataList<unknown>> = {
    organisers: readOrganisers(),
    "sponsor-tiers": readSponsorTiers(),
  };
  const problems = Object.values(files).flatMap((list) => list.problems);
  for (const page of pages) {
    page.sections.forEach((section, index) => {
      const list = files[section];
      if (!list || list.items.length > 0 || list.problems.length > 0) return;
      problems.push({
        file: page.file,
        line: page.lines[`sections[${index}]`] ?? page.lines.sections ?? 1,
        field: `sections[${index}]`,
        message: `shows ${list.file}, which ${list.exists ? "lists no one" : "does not exist"}`,
        expected: `entries in ${list.file} (see CONTRIBUTING.md), or no "${section}" section`,
        severity: "error",
      });
    });
  }
  return problems;
}
