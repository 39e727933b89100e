import type { SponsorMode } from "./corpus/corpus";

/** What `npm run bench -- ...` was asked to do. */
export type BenchOptions = {
  /** "build": timed builds of synthetic corpora; "pathological": `npm run check` on each hostile post. */
  scenario: "build" | "pathological";
  sizes: number[];
  seed: number;
  sponsors: SponsorMode;
  /** How many seeded event photos the corpus's writeups share out. */
  photos: number;
  keep: boolean;
  /** Times to repeat clean, warm and one-post-added builds of each size (`--rebuilds 3`); 0 for clean builds only. */
  rebuilds: number;
};

const USAGE =
  "usage: npm run bench -- [--scenario build|pathological] [--sizes 100,300,1000] [--seed 1] [--sponsors off|inline|registry] [--photos 60] [--keep] [--rebuilds 3]";

/** Read the command line; unknown flags and bad values stop with the usage line. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    scenario: "build",
    sizes: [100, 300, 1000],
    seed: 1,
    sponsors: "off",
    photos: 60,
    keep: false,
    rebuilds: 0,
  };
  for (let index = 0; index < args.length; index += 1) {
    const flag = args[index];
    const value = args[index + 1] ?? "";
    if (flag === "--keep") {
      options.keep = true;
      continue;
    }
    index += 1;
    if (flag === "--scenario" && (value === "build" || value === "pathological")) options.scenario = value;
    else if (flag === "--sizes" || flag === "--size") {
      options.sizes = value.split(",").map(Number);
      if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(USAGE);
    } else if (flag === "--seed" && /^\d+$/.test(value)) options.seed = Number(value);
    else if (flag === "--rebuilds" && /^\d+$/.test(value)) options.rebuilds = Number(value);
    else if (flag === "--photos" && /^\d+$/.test(value)) options.photos = Number(value);
    else if (flag === "--sponsors" && (value === "off" || value === "inline" || value === "registry"))
      options.sponsors = value;
    else throw new Error(USAGE);
  }
  options.sizes.sort((a, b) => a - b);
  return options;
}
