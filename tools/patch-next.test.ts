import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { patchRuntime, RUNTIMES, SKIP_SEGMENT_DATA_ENV } from "./patch-next";

// The expression as Next 16.4 minifies it, inside some of its neighbours.
const SAMPLE =
  'let p=null;i.segmentData=await r.collectSegmentData(n.cacheComponents,e,d,o,c,!!n.experimental.prefetchInlining,s,m)}require("x")';

describe("the patch that lets the static export skip Next's segment prefetch data", () => {
  it("guards the call with the build's variable, and leaves a patched runtime as it is", () => {
    const once = patchRuntime(SAMPLE);
    assert.equal(once.result, "patched");
    assert.equal(
      once.text,
      `let p=null;i.segmentData=process.env.${SKIP_SEGMENT_DATA_ENV}==="1"?void 0:await r.collectSegmentData(n.cacheComponents,e,d,o,c,!!n.experimental.prefetchInlining,s,m)}require("x")`,
    );
    assert.deepEqual(patchRuntime(once.text), { text: once.text, result: "already" });
  });

  it("changes nothing in a runtime without the call", () => {
    const other = 'i.segmentData=collect(e);require("x")';
    assert.deepEqual(patchRuntime(other), { text: other, result: "absent" });
  });

  it("applied to the Next installed here (a new release that moves the call fails this: docs/upgrading-next.md)", () => {
    for (const file of RUNTIMES) assert.equal(patchRuntime(readFileSync(file, "utf8")).result, "already", file);
  });
});
