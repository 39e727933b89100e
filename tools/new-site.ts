/**
 * `npm run new-site -- --name "Manchester Rust Meetup"`: replace the demo's content (kept with --keep-demo) by a
 * fresh site.yml and the starter pages. Without --name it asks for each answer.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { env } from "../lib/env";
import { siteSettingsSchema } from "../lib/settings/site-schema";
import { buildSiteYml, type NewSiteAnswers } from "./new-site/site-yml";
import { starterPages } from "./new-site/starter-pages";

// Each answer's flag is its name in kebab case: --time-zone.
const QUESTIONS: { key: keyof NewSiteAnswers; ask: string; fallback: string }[] = [
  { key: "name", ask: "The meetup's name", fallback: "" },
  { key: "url", ask: "The site's address", fallback: "https://example.org" },
  { key: "timeZone", ask: "Its time zone", fallback: Intl.DateTimeFormat().resolvedOptions().timeZone },
  { key: "city", ask: "Its city", fallback: "" },
  { key: "accent", ask: "Its colour, as #rrggbb", fallback: "#0b5cad" },
  { key: "join", ask: "Where people join the group", fallback: "https://www.meetup.com/" },
];
// The folders of the demo site that belong to Cloud Native London, removed unless --keep-demo.
const DEMO_FOLDERS = ["posts", "content/pages", "data", "public"];

const flagOf = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const options = QUESTIONS.map(({ key, fallback }) => [flagOf(key), { type: "string", default: fallback }] as const);
const values: Record<string, string | boolean | undefined> = parseArgs({
  // Without --name nothing is taken from the flags: each answer is asked for.
  options: {
    "keep-demo": { type: "boolean", default: false },
    ...Object.fromEntries(options),
    name: { type: "string" },
  },
}).values;
const answers = values.name === undefined ? await ask() : fromFlags();
const settings = buildSiteYml(answers);
// Checked before anything is removed, so that a mistyped answer leaves the site as it was.
const checked = siteSettingsSchema.safeParse(parse(settings));
if (!answers.name.trim() || !checked.success) {
  for (const issue of checked.error?.issues ?? []) console.error(`${issue.path.join(".")}: ${issue.message}`);
  console.error('Nothing changed. For example: npm run new-site -- --name "Manchester Rust Meetup"');
  process.exit(1);
}
if (!values["keep-demo"]) {
  for (const folder of DEMO_FOLDERS) rmSync(path.join(env.siteDir, folder), { recursive: true, force: true });
  mkdirSync(path.join(env.siteDir, "posts"), { recursive: true });
  // Git keeps no empty folder; the posts reader skips dotfiles.
  writeFileSync(path.join(env.siteDir, "posts", ".gitkeep"), "");
  mkdirSync(path.join(env.siteDir, "content", "pages"), { recursive: true });
  for (const [file, text] of Object.entries(starterPages(answers.name)))
    writeFileSync(path.join(env.siteDir, "content", "pages", file), text);
}
writeFileSync(path.join(env.siteDir, "site.yml"), settings);
console.log(
  `Wrote ${path.relative(process.cwd(), path.join(env.siteDir, "site.yml")) || "site.yml"}` +
    (values["keep-demo"] ? ", keeping the demo content." : " and the starter pages in content/pages/.") +
    "\nNext: fill in each [TODO: ...] (npm run check lists them), then npm run new-post or npm run import:jekyll.",
);

function fromFlags(): NewSiteAnswers {
  return Object.fromEntries(QUESTIONS.map(({ key }) => [key, String(values[flagOf(key)])])) as NewSiteAnswers;
}

async function ask(): Promise<NewSiteAnswers> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answers: Partial<NewSiteAnswers> = {};
  for (const { key, ask: question, fallback } of QUESTIONS) {
    const reply = await prompt.question(fallback ? `${question} [${fallback}]: ` : `${question}: `);
    answers[key] = reply.trim() || fallback;
  }
  prompt.close();
  return answers as NewSiteAnswers;
}
