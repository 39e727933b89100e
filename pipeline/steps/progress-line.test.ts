import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startProgress } from "./progress-line";

/** A stand-in for stdout that keeps what is written, a terminal or a log. */
function stream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream & {
    written: string[];
  };
}

describe("the image step's progress", () => {
  it("on a terminal, rewrites one line with files done, the total and the time left, then clears it", () => {
    const terminal = stream(true);
    const progress = startProgress("images", 3, terminal);
    for (let file = 0; file < 3; file += 1) progress.tick();
    progress.end();
    assert.equal(terminal.written.length, 4);
    assert.match(terminal.written[0] ?? "", /^\r {2}images: 1\/3 files, about \d+ s left/);
    assert.match(terminal.written[2] ?? "", /images: 3\/3 files/);
    assert.ok(
      terminal.written.every((text) => !text.includes("\n")),
      "never a new line",
    );
    assert.equal(terminal.written[3], "\r\x1b[K");
  });

  it("in a log (CI), writes no line per file: a quick step leaves only its summary", () => {
    const log = stream(false);
    const progress = startProgress("images", 500, log);
    for (let file = 0; file < 500; file += 1) progress.tick();
    progress.end();
    assert.deepEqual(log.written, []);
  });
});
