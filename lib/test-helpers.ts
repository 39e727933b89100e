import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Write posts into a fresh temporary folder and return its path. */
export function writePosts(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), "cnl-posts-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
  return directory;
}

/** A minimal valid post with extra front-matter lines. */
export function post(frontMatter: string, body = "Hello."): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}
