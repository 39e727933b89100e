import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseFrontMatter, YamlSyntaxError } from "../../lib/content/front-matter";
import { KNOWN_FIELDS } from "../../lib/content/post-schema";
import { isSymbolicLink } from "../../lib/content/symbolic-links";
import { copyReferencedFiles, SYMBOLIC_LINK_NOTE } from "./import-files";
import { rewriteJekyllLiquid } from "./liquid-rewrites";

/** Something about one file of the import, with the line it concerns where there is one. */
export type ImportNote = { file: string; line?: number; text: string };

/** What `npm run import:jekyll` did, for its report. */
export type ImportReport = {
  imported: string[];
  unchanged: string[];
  drafts: string[];
  redirects: { file: string; from: string }[];
  rewritten: ImportNote[];
  imagesCopied: string[];
  imagesMissing: ImportNote[];
  notCarriedOver: ImportNote[];
  /** The old site's permalink setting in _config.yml (Jekyll's default is "date"), for its old post URLs. */
  permalink: string;
};

const POST_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown|mkd|mkdn|mdown)$/i;

/**
 * Copy a Jekyll site's `_posts/` into `postsDir` and the files those posts refer to into `publicDir`,
 * changing only what this site cannot read as it was. Never overwrites a file that differs.
 */
export function importJekyllSite(root: string, target: { postsDir: string; publicDir: string }): ImportReport {
  const postsRoot = path.join(root, "_posts");
  if (!existsSync(postsRoot)) throw new Error(`${root} has no _posts/ folder: pass the root folder of the Jekyll site`);
  if (isSymbolicLink(postsRoot)) throw new Error(`${postsRoot} is a symbolic link: ${SYMBOLIC_LINK_NOTE}`);
  const report: ImportReport = {
    imported: [],
    unchanged: [],
    drafts: [],
    redirects: [],
    rewritten: [],
    imagesCopied: [],
    imagesMissing: [],
    notCarriedOver: [],
    permalink: readPermalinkSetting(root),
  };
  mkdirSync(target.postsDir, { recursive: true });
  for (const file of listFiles(postsRoot)) {
    try {
      importPost(file, root, target, report);
    } catch (error) {
      // One post the import cannot handle is named in the report; the others are still imported.
      const reason = error instanceof Error ? error.message : String(error);
      report.notCarriedOver.push({ file: path.relative(root, file), text: `could not be imported: ${reason}` });
    }
  }
  const draftsRoot = path.join(root, "_drafts");
  for (const file of existsSync(draftsRoot) ? listFiles(draftsRoot) : []) {
    report.notCarriedOver.push({
      file: path.relative(root, file),
      text: "Jekyll drafts are not imported: give the file a date in its name and published: false, then import it",
    });
  }
  return report;
}

function importPost(file: string, root: string, target: { postsDir: string; publicDir: string }, report: ImportReport) {
  const shown = path.relative(root, file);
  // What a link points to could be any file of this machine: the post is reported, never read.
  if (isSymbolicLink(file)) {
    report.notCarriedOver.push({ file: shown, text: `not imported: ${SYMBOLIC_LINK_NOTE}` });
    return;
  }
  const match = POST_NAME.exec(path.basename(file));
  if (!match) {
    const why = /\.html?$/i.test(file)
      ? "an HTML post: convert it to Markdown by hand"
      : "not a Markdown post named YYYY-MM-DD-title.md";
    report.notCarriedOver.push({ file: shown, text: `not imported: ${why}` });
    return;
  }
  const [, date, title = "", extension = ""] = match;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const name = `${date}-${slug}.${/^(md|markdown)$/i.test(extension) ? extension.toLowerCase() : "md"}`;
  const destination = path.join(target.postsDir, name);
  const written = `${path.basename(target.postsDir)}/${name}`;
  if (name !== path.basename(file))
    report.rewritten.push({ file: written, text: `file renamed from ${path.basename(file)}` });

  const source = readFileSync(file, "utf8");
  const text = convertPost(source, written, report);
  if (existsSync(destination)) {
    if (readFileSync(destination, "utf8") === text) report.unchanged.push(written);
    else
      report.notCarriedOver.push({
        file: written,
        text: "already exists and differs: left as it was, not overwritten",
      });
  } else {
    writeFileSync(destination, text);
    report.imported.push(written);
  }
  copyReferencedFiles(text, written, root, target.publicDir, report);
}

function convertPost(source: string, file: string, report: ImportReport): string {
  let parsed;
  try {
    parsed = parseFrontMatter(source);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report.notCarriedOver.push({
      file,
      line: error.line,
      text: `front matter is not valid YAML (${error.message}): fix it by hand`,
    });
    return source;
  }
  const data = parsed.data;
  if (data.published === false) report.drafts.push(file);
  const from = data.redirect_from;
  for (const old of Array.isArray(from) ? from : from === undefined ? [] : [from])
    report.redirects.push({ file, from: String(old) });
  for (const key of Object.keys(data).filter((key) => !KNOWN_FIELDS.has(key))) {
    const hint =
      key === "permalink"
        ? ": add its value to redirect_from to keep the old URL working"
        : ": this site has no such field";
    report.notCarriedOver.push({ file, line: parsed.lineOf([key]), text: `${key}${hint}` });
  }

  // Line numbers stay those of the file: the whole (normalised) text is rewritten, front matter included.
  const normalised = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { text, rewrites, leftOver } = rewriteJekyllLiquid(normalised, 1);
  for (const change of rewrites)
    report.rewritten.push({ file, line: change.line, text: `${change.from} -> ${change.to}` });
  for (const tag of leftOver)
    report.notCarriedOver.push({
      file,
      line: tag.line,
      text: `Liquid ${tag.tag} has no equivalent here: replace it by hand`,
    });
  return rewrites.length > 0 ? text : source;
}

function readPermalinkSetting(root: string): string {
  const config = path.join(root, "_config.yml");
  if (!existsSync(config)) return "date";
  try {
    const value = parseFrontMatter(`---\n${readFileSync(config, "utf8")}\n---\n`).data.permalink;
    return typeof value === "string" && value.trim() ? value.trim() : "date";
  } catch {
    return "date";
  }
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .flatMap((entry) => {
      const full = path.join(directory, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}
