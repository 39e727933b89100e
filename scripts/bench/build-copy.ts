import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const COPIED = ["app", "components", "lib", "data", "next.config.ts", "tsconfig.json", "next-env.d.ts"];

/**
 * Export a variant of the site for an experiment: copy the app (app/, components/, lib/, data/, config)
 * to `project`, let `edit` rewrite any file, and `next build` it there with the real posts/ and public/.
 * Packages resolve from this checkout's node_modules; the checkout's own .next and out/ are untouched.
 * Returns the export folder.
 */
export function buildCopy(project: string, edit: (file: string, text: string) => string): string {
  rmSync(project, { recursive: true, force: true });
  for (const entry of COPIED.filter((name) => existsSync(name))) {
    cpSync(entry, path.join(project, entry), { recursive: true });
  }
  for (const entry of readdirSync(project, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, "utf8");
    const edited = edit(path.relative(project, file), text);
    if (edited !== text) writeFileSync(file, edited);
  }
  const { NEXT_DIST_DIR: _staging, ...env } = process.env;
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build", project], {
    stdio: "inherit",
    env: { ...env, POSTS_DIR: path.resolve("posts") },
  });
  if (result.status !== 0) throw new Error(`next build of the copy in ${project} failed`);
  return path.join(project, "out");
}
