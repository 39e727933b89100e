import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { msPerPage, parseGeneratingLine, readStaticGeneration, spanSeconds } from "./next-trace";

// Spans as Next 16 writes them to .next/trace: one JSON array a flush, a line each.
const span = (name: string, duration: number, id: number) =>
  JSON.stringify({
    name,
    duration,
    timestamp: 11852032710 + id,
    id,
    parentId: 1,
    tags: {},
    traceId: "8586299ea7000d27",
  });
const TRACE = [
  `[${span("static-check", 971725, 25)},${span("next-export", 12161936, 40)}]`,
  `[${span("move-exported-app-not-found-", 1789, 43)},${span("static-generation", 12188465, 39)},${span("next-export", 848404, 47)}]`,
  "",
].join("\n");
const OUTPUT = [
  "  Collecting page data using 2 workers ...",
  "  Generating static pages using 2 workers (0/1003) ...",
  "  Finalizing page optimization ...",
].join("\n");

describe("spanSeconds", () => {
  it("finds a span in any line of the trace and gives its duration in seconds", () => {
    assert.equal(spanSeconds(TRACE, "static-generation"), 12.188465);
    assert.equal(spanSeconds(TRACE, "static-check"), 0.971725);
  });

  it("takes the first of spans that share a name, as the build's own next-export comes before the copy to out/", () => {
    assert.equal(spanSeconds(TRACE, "next-export"), 12.161936);
  });

  it("passes over a line Next left half-written and reports a span it never wrote as missing", () => {
    const torn = `${TRACE}[${span("static-generation", 5, 60)},{"name":"next-bu`;
    assert.equal(spanSeconds(torn, "static-generation"), 12.188465);
    assert.equal(spanSeconds(`[${span("next-build", 1, 1)}]\n[{"name":"static-gen`, "static-generation"), undefined);
  });
});

describe("parseGeneratingLine", () => {
  it("reads the workers and the total of pages, whether Next counts one worker or more", () => {
    assert.deepEqual(parseGeneratingLine("  Generating static pages using 2 workers (0/1003) ..."), {
      workers: 2,
      pages: 1003,
    });
    assert.deepEqual(parseGeneratingLine("✓ Generating static pages using 1 worker (503/503) in 2.8s"), {
      workers: 1,
      pages: 503,
    });
    assert.equal(parseGeneratingLine("  Collecting page data using 2 workers ..."), undefined);
  });
});

describe("readStaticGeneration", () => {
  it("puts the trace's seconds with the output's pages and workers, a page costing their quotient", () => {
    const distDir = mkdtempSync(path.join(tmpdir(), "next-trace-"));
    try {
      assert.equal(readStaticGeneration(distDir, OUTPUT), undefined, "no trace yet");
      writeFileSync(path.join(distDir, "trace"), TRACE);
      const generation = readStaticGeneration(distDir, OUTPUT);
      assert.deepEqual(generation, { seconds: 12.188465, workers: 2, pages: 1003 });
      assert.equal(generation && msPerPage(generation).toFixed(2), "12.15");
      assert.equal(readStaticGeneration(distDir, "  Finalizing page optimization ..."), undefined, "no page count");
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
  });
});
