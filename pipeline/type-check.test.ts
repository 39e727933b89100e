import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startTypeCheck, type TypeCheckStep } from "./type-check";

const step = (command: string, code: string): TypeCheckStep => ({ command, args: ["-e", code] });

describe("the build's type check", () => {
  it("passes when every step exits 0", async () => {
    const check = startTypeCheck([step("first", "process.exit(0)"), step("second", "console.log('fine')")]);
    assert.deepEqual(await check.result, { ok: true });
  });

  it("fails with the failing step's name and everything it printed, and runs no later step", async () => {
    const check = startTypeCheck([
      step("tsc", "console.log('app/page.tsx(3,7): error TS2322: no'); console.error('1 error'); process.exit(2)"),
      step("never", "require('node:fs').writeFileSync('/nonexistent/ran', '')"),
    ]);
    assert.deepEqual(await check.result, {
      ok: false,
      command: "tsc",
      output: "app/page.tsx(3,7): error TS2322: no\n1 error",
    });
  });

  it("says the route types are written when the first step ends, while the second still runs", async () => {
    const check = startTypeCheck([step("typegen", ""), step("tsc", "setTimeout(() => {}, 60_000)")]);
    const first = await Promise.race([
      check.routeTypesWritten.then(() => "route types"),
      check.result.then(() => "whole check"),
    ]);
    check.stop();
    assert.equal(first, "route types");
    assert.equal((await check.result).ok, false);
  });

  it("stops the running step when the build no longer needs it", async () => {
    const started = Date.now();
    const check = startTypeCheck([step("slow", "setTimeout(() => {}, 60_000)"), step("next", "")]);
    setTimeout(check.stop, 200);
    const result = await check.result;
    assert.equal(result.ok, false);
    assert.ok(Date.now() - started < 30_000, "the step was ended, not waited for");
  });
});
