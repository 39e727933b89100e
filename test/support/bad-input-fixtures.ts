import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { temporaryFolder } from "./test-scope";
import { formatProblem, type ContentProblem } from "../../lib/content/content-error";

/**
 * One case of the bad-input suite: a folder under test/fixtures/bad-input/ that is itself a posts folder
 * (POSTS_DIR), with its expected outcome beside the posts in files the site never reads (`_` prefix):
 * - `_check.txt`: every line `npm run check` prints for it, files shown as `posts/<name>`;
 * - `_body.html`: for a case that publishes, the sanitized body exactly as rendered;
 * - `_post.json`: for a case that publishes, front-matter values the page must show exactly as text;
 * - `_pending.txt`: a case whose check belongs to another issue, with why;
 * - `_public/`: for a case about public/, the files of public/ (PUBLIC_DIR), shown as `public/<path>`;
 * - `_pages/`: for a case about pages, the site's pages (PAGES_DIR), shown as `pages/<file>`;
 * - `_links.txt`: symbolic links the case needs, one `<path in the case> -> <target>` a line. They are made
 *   in a copy of the case when it runs (`prepareFixture`), never kept in the repository, where a link to
 *   /etc/passwd would be one more thing every tool has to step around.
 */
export type BadInputFixture = {
  name: string;
  dir: string;
  postFiles: string[];
  expectedCheck: string[];
  /** True when the check reports no error: the post builds and must render safely. */
  publishes: boolean;
  expectedBody?: string;
  expectedPost?: Record<string, unknown>;
  pending?: string;
  /** The case's public/ folder, when it has one. */
  publicDir?: string;
  /** The case's pages folder, when it has one. */
  pagesDir?: string;
  /** Symbolic links to make before it runs: path within the case → target. */
  links: Record<string, string>;
};

/** Where a case runs: its posts folder and public/ folder (PUBLIC_DIR), with its links made. */
export type PreparedFixture = { postsDir: string; publicDir?: string; pagesDir?: string; shownDir: string };

// The public/ folder of a case: its name starts with `_`, so the posts folder never reads it as a post.
const PUBLIC_FOLDER = "_public";
const PAGES_FOLDER = "_pages";

/** The folder holding every bad-input case. */
export const BAD_INPUT_DIR = path.join(process.cwd(), "test", "fixtures", "bad-input");

/** Every bad-input case, in name order. */
export function listBadInputFixtures(): BadInputFixture[] {
  return readdirSync(BAD_INPUT_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFixture(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Gather the posts of every case that publishes into one fresh posts folder, for the "hostile" test site. */
export function copyPublishingFixtures(target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const fixture of listBadInputFixtures().filter((candidate) => candidate.publishes)) {
    for (const file of fixture.postFiles) copyFileSync(path.join(fixture.dir, file), path.join(target, file));
  }
}

/** The folders a case runs in: the case itself, or a fresh copy of it where it needs symbolic links. */
export function prepareFixture(fixture: BadInputFixture): PreparedFixture {
  let dir = fixture.dir;
  if (Object.keys(fixture.links).length > 0) {
    // Removed when the calling test ends (test/support/test-scope.ts).
    dir = path.join(temporaryFolder("cnl-bad-input-"), fixture.name);
    cpSync(fixture.dir, dir, { recursive: true });
    for (const [link, target] of Object.entries(fixture.links)) symlinkSync(target, path.join(dir, link));
  }
  const publicDir = fixture.publicDir && path.join(dir, PUBLIC_FOLDER);
  const pagesDir = fixture.pagesDir && path.join(dir, PAGES_FOLDER);
  return { postsDir: dir, publicDir, pagesDir, shownDir: dir };
}

/** A problem's check line as the fixture writes it: with the fixture folder shown as `posts/`. */
export function formatFixtureProblem(problem: ContentProblem, prepared: PreparedFixture): string {
  return relabelFixtureOutput(formatProblem(problem), prepared);
}

/** The check output of a real run, with the case's folders shown as `posts/` and `public/` as in `_check.txt`. */
export function relabelFixtureOutput(output: string, prepared: Pick<PreparedFixture, "shownDir">): string {
  const shown = path.relative(process.cwd(), prepared.shownDir).split(path.sep).join("/");
  return output
    .split(`${shown}/${PUBLIC_FOLDER}/`)
    .join("public/")
    .split(`${shown}/${PAGES_FOLDER}/`)
    .join("pages/")
    .split(`${shown}/`)
    .join("posts/");
}

function readFixture(name: string): BadInputFixture {
  const dir = path.join(BAD_INPUT_DIR, name);
  const read = (file: string) => {
    const full = path.join(dir, file);
    return existsSync(full) ? readFileSync(full, "utf8") : undefined;
  };
  const expectedCheck = (read("_check.txt") ?? "").split("\n").filter((line) => line.length > 0);
  const pending = read("_pending.txt")?.trim();
  const post = read("_post.json");
  const links = Object.fromEntries(
    (read("_links.txt") ?? "")
      .split("\n")
      .filter((line) => line.includes(" -> "))
      .map((line) => line.split(" -> ").map((part) => part.trim()) as [string, string]),
  );
  return {
    name,
    dir,
    postFiles: readdirSync(dir).filter((file) => !file.startsWith("_") && !file.startsWith(".")),
    expectedCheck,
    publishes: !pending && !expectedCheck.some((line) => !/^[^:]+:\d+: [^:]+: warning: /.test(line)),
    expectedBody: read("_body.html"),
    expectedPost: post ? (JSON.parse(post) as Record<string, unknown>) : undefined,
    pending,
    publicDir: existsSync(path.join(dir, PUBLIC_FOLDER)) ? path.join(dir, PUBLIC_FOLDER) : undefined,
    pagesDir: existsSync(path.join(dir, PAGES_FOLDER)) ? path.join(dir, PAGES_FOLDER) : undefined,
    links,
  };
}
