/**
 * `tsx tools/classify-change.ts <base ref>`: tell CI a content-only change from a code change, in
 * `.test-builds/change.json` (e2e/content/changed-pages.spec.ts) and the GitHub Actions step's outputs.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toolEnv } from "../lib/env";

/** Folders an editor changes: anything else changed makes the pull request a code change. */
export const CONTENT_FOLDERS = ["posts/", "content/pages/", "data/", "public/"] as const;

/** What a pull request changes: only content, or code (which runs every test). */
export type Change = { kind: "content" | "code"; files: string[] };

/** A change is content-only when it touches at least one file and every file is under a content folder. */
export function classifyChange(files: readonly string[]): Change {
  const content = files.length > 0 && files.every((file) => CONTENT_FOLDERS.some((folder) => file.startsWith(folder)));
  return { kind: content ? "content" : "code", files: [...files] };
}

/** Where the content checks read the change: written by this tool, read by the changed-pages spec. */
export const CHANGE_FILE = path.join(".test-builds", "change.json");

function main(base: string | undefined): void {
  if (!base) throw new Error("usage: tsx tools/classify-change.ts <base ref, e.g. origin/main>");
  // Renames list both names; deletions count too, since deleting a component is a code change.
  const output = execFileSync("git", ["diff", "--name-only", "--no-renames", `${base}...HEAD`], { encoding: "utf8" });
  const change = classifyChange(output.split("\n").filter(Boolean));
  mkdirSync(path.dirname(CHANGE_FILE), { recursive: true });
  writeFileSync(CHANGE_FILE, JSON.stringify(change, null, 2));
  if (toolEnv.githubOutput) appendFileSync(toolEnv.githubOutput, `kind=${change.kind}\n`);
  console.log(
    `${change.kind} change: ${change.files.length} file(s)\n${change.files.map((file) => `  ${file}`).join("\n")}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2]);
