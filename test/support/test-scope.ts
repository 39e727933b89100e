import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after } from "node:test";

// node:test's `after`, called inside a test, runs once that test ends, passed or failed; called while a
// describe() body or a test file is loading, it runs after that suite or file. The helpers below use it
// so that nothing a test sets up outlives the test. (Inside a before() hook it would run as soon as the
// hook ends: call them in the test, or in the describe() body.)

/** A fresh folder in the system temp folder, removed when the calling test (or suite, or file) ends. */
export function temporaryFolder(prefix = "cnl-test-"): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

type EnvValues = Readonly<Record<string, string | undefined>>;

// Every value setEnv replaced, oldest first; each test's hook unwinds to its own mark, so the variables
// end as they were whichever order node:test runs the hooks in.
const replaced: { name: string; previous: string | undefined }[] = [];

/**
 * Set environment variables (undefined unsets one) until the calling test, suite or file ends; then each
 * gets back its exact previous value, or is unset again, even when the test fails.
 */
export function setEnv(values: EnvValues): void {
  const mark = replaced.length;
  for (const [name, value] of Object.entries(values)) {
    replaced.push({ name, previous: process.env[name] });
    assignEnv(name, value);
  }
  after(() => {
    while (replaced.length > mark) {
      const entry = replaced.pop();
      if (entry) assignEnv(entry.name, entry.previous);
    }
  });
}

/** Run synchronous `run` with these environment variables, then give each its exact previous value back, even after a throw. */
export function withEnv<T>(values: EnvValues, run: () => T): T {
  const previous = Object.keys(values).map((name) => [name, process.env[name]] as const);
  for (const [name, value] of Object.entries(values)) assignEnv(name, value);
  try {
    return run();
  } finally {
    for (const [name, value] of previous) assignEnv(name, value);
  }
}

function assignEnv(name: string, value: string | undefined): void {
  // Assigning undefined would store the text "undefined".
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
