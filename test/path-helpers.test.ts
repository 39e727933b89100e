import assert from "node:assert/strict";
import { test } from "node:test";
import { ESLint } from "eslint";

// The lint rule in eslint.config.mjs keeps postPath() and tagPath() (lib/site.ts) the one way to build those paths.
const eslint = new ESLint();
const MESSAGE = "Build post and tag paths with postPath() or tagPath() from lib/site.ts.";

async function ruleMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-syntax").map((m) => m.message);
}

test("a post or tag path built by hand anywhere in the code fails lint", async () => {
  const handBuilt = [
    "export const a = (slug: string) => `/tags/${slug}/`;",
    'export const b = (slug: string) => "/posts/" + slug + "/";',
    "export const c = (slug: string) => `Read [it](/posts/${slug}/)`;",
  ].join("\n");
  assert.deepEqual(await ruleMessages(handBuilt, "components/posts/example.tsx"), [MESSAGE, MESSAGE, MESSAGE]);
});

test("the helpers themselves, fixed paths such as /tags/, and tests' expected URLs pass", async () => {
  assert.deepEqual(await ruleMessages('export const index = "/tags/";', "lib/seo/example.ts"), []);
  assert.deepEqual(await ruleMessages("export const p = (s: string) => `/posts/${s}/`;", "lib/site.ts"), []);
  assert.deepEqual(await ruleMessages("export const p = (s: string) => `/posts/${s}/`;", "lib/x.test.ts"), []);
});
