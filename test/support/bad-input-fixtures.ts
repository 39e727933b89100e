import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { formatProblem, type ContentProblem } from "../../lib/content/content-error";

/**
 * One case of the bad-input suite: a folder under test/fixtures/bad-input/ that is itself a posts folder
 * (POSTS_DIR), with its expected outcome beside the posts in files the site never reads (`_` prefix):
 * - `_check.txt`: every line `npm run check` prints for it, files shown as `posts/<name>`;
 * - `_body.html`: for a case that publishes, the sanitized body exactly as rendered;
 * - `_post.json`: for a case that publishes, front-matter values the page must show exactly as text;
 * - `_pending.txt`: a case whose check belongs to another issue, with why.
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
};

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

/** A problem's check line as the fixture writes it: with the fixture folder shown as `posts/`. */
export function formatFixtureProblem(problem: ContentProblem, fixture: BadInputFixture): string {
  return relabelFixtureOutput(formatProblem(problem), fixture);
}

/** The check output of a real run, with the fixture folder shown as `posts/` as in `_check.txt`. */
export function relabelFixtureOutput(output: string, fixture: BadInputFixture): string {
  const shown = path.relative(process.cwd(), fixture.dir).split(path.sep).join("/");
  return output.split(`${shown}/`).join("posts/");
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
  return {
    name,
    dir,
    postFiles: readdirSync(dir).filter((file) => !file.startsWith("_") && !file.startsWith(".")),
    expectedCheck,
    publishes: !pending && !expectedCheck.some((line) => !/^[^:]+:\d+: [^:]+: warning: /.test(line)),
    expectedBody: read("_body.html"),
    expectedPost: post ? (JSON.parse(post) as Record<string, unknown>) : undefined,
    pending,
  };
}
