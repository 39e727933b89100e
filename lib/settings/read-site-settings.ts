import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isNode, LineCounter, parseDocument } from "yaml";
import { siteSettingsSchema, type SiteSettings } from "./site-schema";
import { contrastRatio } from "./theme";

/**
 * A problem in site.yml, in the shape of every check's (SettingsProblem, lib/content/content-error.ts): the
 * settings are read before anything else, so this folder imports nothing that reads them.
 */
type SettingsProblem = {
  file: string;
  line: number;
  field: string;
  message: string;
  expected: string;
  severity: "error" | "warning";
};

/** site.yml read and validated: the settings, or the errors that stop every build until they are fixed. */
export type SiteSettingsReading = { settings?: SiteSettings; problems: SettingsProblem[]; file: string };

/** Read site.yml in the site's root (SITE_DIR) as plain data (YAML core schema) and validate every setting. */
export function readSiteSettings(root: string): SiteSettingsReading {
  const file = path.join(root, "site.yml");
  const shown = path.relative(process.cwd(), file).split(path.sep).join("/");
  const problems: SettingsProblem[] = [];
  const report = (line: number, field: string, message: string, expected: string) =>
    problems.push({ file: shown, line, field, message, expected, severity: "error" });
  if (!existsSync(file)) {
    report(1, "site.yml", "is missing", "the site's settings; `npm run new-site` writes one");
    return { problems, file };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, "utf8"), {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    schema: "core",
  });
  const [syntaxError] = document.errors;
  if (syntaxError) {
    report(lineCounter.linePos(syntaxError.pos[0]).line, "site.yml", "is not valid YAML", syntaxError.message);
    return { problems, file };
  }
  const lineOf = (keys: readonly (string | number)[]): number => {
    const node = keys.length > 0 ? document.getIn(keys, true) : undefined;
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    return keys.length > 0 ? lineOf(keys.slice(0, -1)) : 1;
  };
  const data: unknown = document.toJS({ maxAliasCount: 50 }) ?? {};
  const result = siteSettingsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.path.filter((key): key is string | number => typeof key !== "symbol");
      const value = keys.reduce<unknown>(
        (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
        data,
      );
      const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : [];
      for (const key of unknownKeys)
        report(lineOf([...keys, key]), fieldName([...keys, key]), "is not a setting", "see docs/adopting.md");
      if (unknownKeys.length === 0)
        report(
          lineOf(keys),
          fieldName(keys) || "site.yml",
          value === undefined ? "is missing" : "is not valid",
          issue.message,
        );
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

// A setting's path as errors name it: "intro.chips[1].label".
function fieldName(keys: readonly (string | number)[]): string {
  return keys.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

/**
 * For `npm run check` and the build, before anything imports lib/site.ts: print site.yml's problems, one line
 * each, and exit 1 when there are any, since no page or check can go on without the settings.
 */
export function stopOnSettingsProblems(root: string): void {
  const problems = readSiteSettings(root).problems.filter((problem) => problem.severity === "error");
  if (problems.length === 0) return;
  console.error(`${describeSettingsErrors(problems)}\nStopped: fix the site's settings first.`);
  process.exit(1);
}

/** site.yml's errors, one line each, as every check prints them (formatProblem, lib/content/content-error.ts). */
export function describeSettingsErrors(problems: readonly SettingsProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message} (${p.expected})`).join("\n");
}
