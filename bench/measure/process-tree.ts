import { readdirSync, readFileSync } from "node:fs";

/** The largest memory use seen in a process tree, in bytes. */
export type MemoryPeak = {
  /** Peak of the summed resident set sizes: counts pages shared between processes once per process. */
  rssSum: number;
  /** Peak of the summed proportional set sizes: shared pages split between their processes (closest to real use). */
  pssSum: number;
  /** The largest resident set of any single process. */
  rssMax: number;
  /** Most processes alive in the tree at one sample. */
  processes: number;
  samples: number;
  /** Peak summed RSS within each phase, by the label current when sampled. */
  byPhase: Record<string, number>;
  /** Peak RSS and PSS of each process, largest first: which one to shrink. */
  byProcess: { pid: number; command: string; rss: number; pss: number }[];
};

/**
 * Sample the memory of `rootPid` and all its descendants from /proc every `intervalMs` until stopped.
 * A sampler: a spike shorter than the interval can be missed. Linux only.
 */
export function sampleProcessTree(rootPid: number, phase: () => string, intervalMs = 200): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { rssSum: 0, pssSum: 0, rssMax: 0, processes: 0, samples: 0, byPhase: {}, byProcess: [] };
  const perProcess = new Map<number, MemoryPeak["byProcess"][number]>();
  const sample = () => {
    const tree = descendants(rootPid);
    let rss = 0;
    let pss = 0;
    for (const pid of tree) {
      const usage = memoryOf(pid);
      rss += usage.rss;
      pss += usage.pss;
      peak.rssMax = Math.max(peak.rssMax, usage.rss);
      const seen = perProcess.get(pid) ?? { pid, command: commandOf(pid), rss: 0, pss: 0 };
      perProcess.set(pid, { ...seen, rss: Math.max(seen.rss, usage.rss), pss: Math.max(seen.pss, usage.pss) });
    }
    peak.rssSum = Math.max(peak.rssSum, rss);
    peak.byPhase[phase()] = Math.max(peak.byPhase[phase()] ?? 0, rss);
    peak.pssSum = Math.max(peak.pssSum, pss);
    peak.processes = Math.max(peak.processes, tree.length);
    peak.samples += 1;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      peak.byProcess = [...perProcess.values()].sort((a, b) => b.rss - a.rss);
      return peak;
    },
  };
}

function descendants(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    // The command name in brackets may hold spaces; the parent pid is the 2nd field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  const queue = [rootPid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function memoryOf(pid: number): { rss: number; pss: number } {
  const kib = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
  return {
    rss: kib(readProc(`/proc/${pid}/status`), "VmRSS") * 1024,
    pss: kib(readProc(`/proc/${pid}/smaps_rollup`), "Pss") * 1024,
  };
}

// Short enough for a table: the script or binary each node process runs, without its directories.
function commandOf(pid: number): string {
  const words = readProc(`/proc/${pid}/cmdline`).split("\0").filter(Boolean);
  return words
    .map((word) => word.split("/").slice(-2).join("/"))
    .join(" ")
    .slice(0, 60);
}

function readProc(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    // The process ended between listing and reading.
    return "";
  }
}
