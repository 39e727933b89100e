import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { DATA_YAML, TO_DATA } from "../../lib/mistakes/yaml-options";
import { isSymbolicLink } from "../../lib/content/symbolic-links";
import { textFields } from "./convert-body";

/** What the importer needs from a Jekyll site's _config.yml. */
export type JekyllConfig = {
  /** The `permalink` setting; Jekyll's default is "date". */
  permalink: string;
  /** Paths the site left out of its build (`exclude:`), besides Jekyll's own defaults. */
  exclude: string[];
  /** Plain text settings (`title`, `description`, `author`...), for `{{ site.title }}` in bodies. */
  text: Record<string, string>;
  /** A problem reading the file, for the report. */
  problem?: string;
};

// Jekyll leaves these out whatever the config says.
const DEFAULT_EXCLUDES = ["Gemfile", "Gemfile.lock", "node_modules", "vendor", "CNAME", "LICENSE", "README.md"];

/** Read `_config.yml` of the Jekyll site at `root` as data (YAML core schema, no custom tags). */
export function readJekyllConfig(root: string): JekyllConfig {
  const file = path.join(root, "_config.yml");
  const config: JekyllConfig = { permalink: "date", exclude: [...DEFAULT_EXCLUDES], text: {} };
  if (isSymbolicLink(file))
    return {
      ...config,
      problem: "_config.yml is a symbolic link, which the import never follows: its settings are not read",
    };
  if (!existsSync(file)) return config;
  const document = parseDocument(readFileSync(file, "utf8"), DATA_YAML);
  if (document.errors.length > 0)
    return { ...config, problem: `_config.yml is not valid YAML (${document.errors[0]?.message.split("\n")[0]})` };
  const data: unknown = document.toJS(TO_DATA);
  if (typeof data !== "object" || data === null || Array.isArray(data)) return config;
  const values = data as Record<string, unknown>;
  if (typeof values.permalink === "string" && values.permalink.trim()) config.permalink = values.permalink.trim();
  if (Array.isArray(values.exclude)) config.exclude.push(...values.exclude.map(String));
  return { ...config, text: textFields(values) };
}

/** True when Jekyll would leave `relativePath` out of the built site under these excludes. */
export function isExcluded(relativePath: string, config: JekyllConfig): boolean {
  return config.exclude.some((entry) => {
    const pattern = entry.replace(/^\/+|\/+$/g, "");
    return relativePath === pattern || relativePath.startsWith(`${pattern}/`);
  });
}
