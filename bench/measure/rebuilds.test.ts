import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatRebuildMarginals, rebuildMarginals } from "./rebuilds";

describe("rebuildMarginals", () => {
  it("takes each kind's median per size, so one slow round does not move the cost of a post", () => {
    const rows = [
      { posts: 100, clean: [30, 31, 90], warm: [10, 12, 11], added: [20, 21, 22] },
      { posts: 300, clean: [33, 34, 35], warm: [11, 12, 13], added: [22, 60, 23] },
      { posts: 1300, clean: [43, 44, 45], warm: [16, 17, 18], added: [27, 28, 29] },
    ];
    assert.deepEqual(rebuildMarginals(rows), [
      { from: 100, to: 300, clean: 15, warm: 5, added: 10 },
      { from: 300, to: 1300, clean: 10, warm: 5, added: 5 },
    ]);
  });

  it("has nothing to say about a single size", () => {
    assert.deepEqual(rebuildMarginals([{ posts: 100, clean: [30], warm: [10], added: [20] }]), []);
  });
});

describe("formatRebuildMarginals", () => {
  it("prints a line for each pair of sizes", () => {
    const table = formatRebuildMarginals([{ from: 100, to: 300, clean: 15, warm: 5.25, added: 10 }]);
    assert.match(table.split("\n")[2] ?? "", /^100 → 300\s+15\.00\s+5\.25\s+10\.00$/);
  });
});
