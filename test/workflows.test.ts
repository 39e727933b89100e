import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";

type Job = { permissions?: Record<string, string>; steps?: { uses?: string; run?: string }[]; uses?: string };
type Workflow = { permissions?: Record<string, string>; jobs: Record<string, Job> };

const DIR = path.join(".github", "workflows");
const workflows = readdirSync(DIR)
  .filter((file) => file.endsWith(".yml"))
  .map((file) => ({ file, workflow: parse(readFileSync(path.join(DIR, file), "utf8")) as Workflow }));

// A job runs the repository's code, which a pull request controls, when it checks it out or calls a
// workflow that does.
const runsRepositoryCode = (job: Job) =>
  Boolean(job.uses?.startsWith("./")) || (job.steps ?? []).some((step) => step.uses?.startsWith("actions/checkout"));

describe("workflows: least privilege", () => {
  for (const { file, workflow } of workflows) {
    it(`${file}: grants nothing by default, and each job only what it needs`, () => {
      assert.deepEqual(workflow.permissions, {});
      for (const [name, job] of Object.entries(workflow.jobs)) {
        assert.ok(job.permissions, `${name} states its permissions`);
        const publishes = job.permissions["pages"] === "write" || job.permissions["id-token"] === "write";
        if (runsRepositoryCode(job)) assert.deepEqual(job.permissions, { contents: "read" }, name);
        if (publishes) {
          assert.equal(name, "deploy", `${name} may not publish`);
          assert.equal(runsRepositoryCode(job), false);
          assert.deepEqual(
            (job.steps ?? []).map((step) => step.uses?.replace(/@.*/, "") ?? step.run),
            ["actions/deploy-pages"],
          );
        }
      }
    });
  }

  it("keeps the token out of every checkout, where the code it runs could read it", () => {
    for (const { workflow } of workflows)
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? [])
          if (step.uses?.startsWith("actions/checkout"))
            assert.equal((step as { with?: Record<string, unknown> }).with?.["persist-credentials"], false);
  });
});

describe("workflows: no expression in a script", () => {
  it("passes every ${{ }} value to a run step through env:, so that a branch name is data, never script", () => {
    for (const { file, workflow } of workflows)
      for (const [name, job] of Object.entries(workflow.jobs))
        for (const step of job.steps ?? [])
          assert.doesNotMatch(step.run ?? "", /\$\{\{/, `${file}: ${name}: ${step.run?.split("\n")[0]}`);
  });
});
