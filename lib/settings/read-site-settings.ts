import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { formatProblem, type ContentProblem } from "../mistakes/problems";
import { DATA_YAML, nodeLines, TO_DATA } from "../mistakes/yaml-options";
import { fieldName, locateIssue } from "../mistakes/field-names";
import { siteSettingsSchema, type SiteSettings } from "./site-schema";
import { contrastRatio } from "./theme";

// The settings are read before anything else: nothing this folder imports may read them.

/** site.yml read and validated: the settings, or the errors that stop every build until they are fixed. */
export type SiteSettingsReading = { settings?: SiteSettings; problems: ContentProblem[]; file: string };

/** Read site.yml in the site's root (SITE_DIR) as plain data (YAML core schema) and validate every setting. */
export function readSiteSettings(root: string): SiteSettingsReading {
  const file = path.join(root, "site.yml");
  const shown = path.relative(process.cwd(), file).split(path.sep).join("/");
  const problems: ContentProblem[] = [];
  const report = (line: number, field: string, message: string, expected: string) =>
    problems.push({ file: shown, line, field, message, expected, severity: "error" });
  if (!existsSync(file)) {
    report(1, "site.yml", "is missing", "the site's settings; `npm run new-site` writes one");
    return { problems, file };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, "utf8"), { ...DATA_YAML, lineCounter });
  const [syntaxError] = document.errors;
  if (syntaxError) {
    report(lineCounter.linePos(syntaxError.pos[0]).line, "site.yml", "is not valid YAML", syntaxError.message);
    return { problems, file };
  }
  const lineOf = nodeLines(document, lineCounter);
  const data: unknown = document.toJS(TO_DATA) ?? {};
  const result = siteSettingsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path: keys, value } = locateIssue(issue, data);
      const message = value === undefined ? "is missing" : "is not valid";
      if (issue.code !== "unrecognized_keys")
        report(lineOf(keys), fieldName(keys) || "site.yml", message, issue.message);
      else
        for (const key of issue.keys.map((name) => [...keys, name]))
          report(lineOf(key), fieldName(key), "is not a setting", "see docs/adopting.md");
    }
    return { problems, file };
  }
  const { logo, accent, url } = result.data;
  if (logo && !existsSync(path.join(root, "public", logo)))
    report(lineOf(["logo"]), "logo", `names ${logo}, which is not under public/`, "an image file under public/");
  if (problems.length > 0) return { problems, file };
  const warn = (field: string, message: string, expected: string) =>
    problems.push({ file: shown, line: lineOf([field]), field, message, expected, severity: "warning" });
  const contrast = contrastRatio(accent, "#ffffff");
  if (contrast < 4.5)
    warn("accent", `has ${contrast.toFixed(1)}:1 contrast on white`, "at least 4.5:1, so links can be read");
  if (/^https?:\/\/(www\.)?example\.(org|com)\b/.test(url))
    warn("url", "is still the example address", "the address the site is published at, see docs/adopting.md");
  return { settings: result.data, problems, file };
}

/** Print site.yml's problems and exit 1 if any (check and build): no page or check can go on without the settings. */
export function stopOnSettingsProblems(root: string): void {
  const problems = readSiteSettings(root).problems.filter((problem) => problem.severity === "error");
  if (problems.length === 0) return;
  console.error(`${problems.map(formatProblem).join("\n")}\nStopped: fix the site's settings first.`);
  process.exit(1);
}
