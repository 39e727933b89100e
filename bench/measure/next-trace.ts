import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Next's static generation in one build: seconds from its trace, pages and workers from its output. */
export type StaticGeneration = { seconds: number; pages: number; workers: number };

/** The span Next times static generation with: rendering every page, from the first to the last. */
const STATIC_GENERATION_SPAN = "static-generation";

/**
 * Seconds of the first span called `name` in the text of a Next trace file (`<distDir>/trace`: one JSON
 * array of spans a line, each span's `duration` in microseconds). A line that is not whole JSON, as the
 * last one can be when Next stopped mid-write, is passed over.
 */
export function spanSeconds(trace: string, name: string): number | undefined {
  for (const line of trace.split("\n")) {
    const span = parseSpans(line).find((candidate) => candidate.name === name);
    if (typeof span?.duration === "number") return span.duration / 1e6;
  }
  return undefined;
}

/** The static-generation span's seconds from `<distDir>/trace`, if Next wrote it. */
export function readStaticGenerationSeconds(distDir: string): number | undefined {
  const file = path.join(distDir, "trace");
  return existsSync(file) ? spanSeconds(readFileSync(file, "utf8"), STATIC_GENERATION_SPAN) : undefined;
}

/**
 * Workers and pages from the line Next starts static generation with, "Generating static pages using
 * 2 workers (0/503) ...". Next prints it with workers of either kind, where the progress lines after it
 * (and their timing) come only from worker processes.
 */
export function parseGeneratingLine(line: string): { workers: number; pages: number } | undefined {
  const match = /Generating static pages using (\d+) workers? \(\d+\/(\d+)\)/.exec(line);
  return match ? { workers: Number(match[1]), pages: Number(match[2]) } : undefined;
}

/** A whole build's static generation: `distDir` holds Next's trace, `output` is what `next build` printed. */
export function readStaticGeneration(distDir: string, output: string): StaticGeneration | undefined {
  const seconds = readStaticGenerationSeconds(distDir);
  const generating = output.split("\n").map(parseGeneratingLine).find(Boolean);
  return seconds === undefined || !generating ? undefined : { seconds, ...generating };
}

/** Milliseconds of static generation a page. */
export function msPerPage(generation: StaticGeneration): number {
  return (generation.seconds * 1000) / generation.pages;
}

function parseSpans(line: string): { name?: unknown; duration?: unknown }[] {
  try {
    const spans: unknown = JSON.parse(line);
    return Array.isArray(spans) ? spans.filter((span) => typeof span === "object" && span !== null) : [];
  } catch {
    return [];
  }
}
