import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { median, msPerPost } from "./per-post";
import { runBuild } from "./run-build";
import { formatTable } from "./table";

/** Wall seconds of each kind of build of one corpus, one entry per round. */
export type RebuildTimes = { posts: number; clean: number[]; warm: number[]; added: number[] };

/** Milliseconds a post between two sizes, from the median of each kind of build. */
export type RebuildMarginal = { from: number; to: number; clean: number; warm: number; added: number };

/**
 * `rounds` times: a clean build, the same build again with its caches (warm), then one post added and built
 * once more, as an editor's pull request is. Rounds alternate so that a change of load touches all three.
 */
export async function measureRebuilds(
  posts: number,
  env: Record<string, string>,
  logs: string,
  rounds: number,
): Promise<RebuildTimes> {
  const times: RebuildTimes = { posts, clean: [], warm: [], added: [] };
  const postsDir = env.POSTS_DIR ?? "posts";
  for (let round = 1; round <= rounds; round += 1) {
    const log = (kind: string) => path.join(logs, `rebuild-${posts}-${kind}-${round}.log`);
    times.clean.push((await runBuild(env, log("clean"))).wallSeconds);
    times.warm.push((await runBuild(env, log("warm"), { clean: false })).wallSeconds);
    const added = path.join(postsDir, `2026-11-30-one-more-post-${round}.md`);
    writeFileSync(added, `---\ntitle: "One more post, round ${round}"\ntags: [Meetup]\n---\n\nA new writeup.\n`);
    try {
      times.added.push((await runBuild(env, log("added"), { clean: false })).wallSeconds);
    } finally {
      rmSync(added, { force: true });
    }
    console.log(
      `  round ${round}: clean ${times.clean.at(-1)?.toFixed(1)} s, warm ${times.warm.at(-1)?.toFixed(1)} s, one post added ${times.added.at(-1)?.toFixed(1)} s`,
    );
  }
  return times;
}

/** The rebuild table: the median of each kind with its spread, and one-post-added against clean. */
export function formatRebuilds(rows: readonly RebuildTimes[]): string {
  const cell = (values: number[]) =>
    `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
  return formatTable(
    ["posts", "clean s", "warm s", "one post added s", "added / clean"],
    rows.map((row) => [
      row.posts,
      cell(row.clean),
      cell(row.warm),
      cell(row.added),
      (median(row.added) / median(row.clean)).toFixed(2),
    ]),
  );
}

/** The marginal cost of a post between each size and the next, for clean, warm and one-post-added builds. */
export function rebuildMarginals(rows: readonly RebuildTimes[]): RebuildMarginal[] {
  return rows.flatMap((row, index) => {
    const previous = rows[index - 1];
    if (!previous) return [];
    const between = (kind: "clean" | "warm" | "added") =>
      msPerPost(
        { posts: previous.posts, seconds: median(previous[kind]) },
        { posts: row.posts, seconds: median(row[kind]) },
      );
    return [
      { from: previous.posts, to: row.posts, clean: between("clean"), warm: between("warm"), added: between("added") },
    ];
  });
}

/** The marginal table: one line for each pair of consecutive sizes. */
export function formatRebuildMarginals(marginals: readonly RebuildMarginal[]): string {
  return formatTable(
    ["posts", "clean ms/post", "warm ms/post", "one post added ms/post"],
    marginals.map((m) => [`${m.from} → ${m.to}`, m.clean.toFixed(2), m.warm.toFixed(2), m.added.toFixed(2)]),
  );
}
