import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareWithBare, formatFrameworkRatios } from "./framework-ratio";

const bare = { seconds: 6, pages: 1000, workers: 2 };
const run = (posts: number, seconds: number | undefined, pages: number | undefined) => ({
  posts,
  staticGenerationSeconds: seconds,
  pagesGenerated: pages,
  staticWorkers: 2,
});

describe("compareWithBare", () => {
  it("divides the site's milliseconds a page by the bare app's", () => {
    const bares = new Map([
      [100, bare],
      [1000, bare],
    ]);
    const [small, large] = compareWithBare([run(100, 3, 200), run(1000, 18, 1500)], bares);
    assert.equal(small?.msPerPage, 15);
    assert.equal(small?.ratio, 2.5);
    assert.equal(large?.msPerPage, 12);
    assert.equal(large?.bareMsPerPage, 6);
    assert.equal(large?.ratio, 2);
  });

  it("compares each size with the bare app built beside it", () => {
    const bares = new Map([
      [100, { ...bare, seconds: 3 }],
      [1000, bare],
    ]);
    const [small, large] = compareWithBare([run(100, 3, 200), run(1000, 18, 1500)], bares);
    assert.equal(small?.bareMsPerPage, 3);
    assert.equal(small?.ratio, 5);
    assert.equal(large?.ratio, 2);
  });

  it("leaves out a build whose trace or page count is missing rather than dividing by a guess", () => {
    const bares = new Map([100, 300, 1000, 5000].map((posts) => [posts, bare]));
    const runs = [run(100, undefined, 200), run(300, 5, undefined), run(1000, 18, 1500), run(5000, 60, 9000)];
    const ratios = compareWithBare(runs, new Map([...bares].filter(([posts]) => posts !== 5000)));
    assert.deepEqual(
      ratios.map((ratio) => ratio.posts),
      [1000],
    );
  });
});

describe("formatFrameworkRatios", () => {
  it("prints each size's seconds, pages, both times a page, the ratio and both worker counts", () => {
    const table = formatFrameworkRatios(
      compareWithBare([run(1000, 18, 1500)], new Map([[1000, { ...bare, workers: 1 }]])),
    );
    assert.match(table.split("\n")[2] ?? "", /^1000\s+18\.0\s+1500\s+12\.00\s+6\.00\s+2\.00\s+2, 1$/);
  });
});
