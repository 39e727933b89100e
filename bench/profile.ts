/**
 * `npm run bench:profile -- [--size 1000] [--seed 1]`: where one process spends its time loading a
 * synthetic corpus, phase by phase (read, front matter, schema, Liquid, Markdown, whole files), then
 * what the page functions cost when called once per page as Next calls them. Not a test; numbers only.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseFrontMatter } from "../lib/content/front-matter";
import { resolveLiquid } from "../lib/markdown/liquid";
import { renderMarkdown } from "../lib/markdown/pipeline";
import { frontMatterSchema } from "../lib/content/post-schema";
import { readPostFile } from "../lib/content/post-file";
import {
  getAllPosts,
  getAllPostsIncludingHidden,
  getAllTags,
  getPostBySlug,
  getPostsByTag,
} from "../lib/collection/posts";
import { getSitePaths } from "../lib/lists/site-paths";
import { generateCorpus } from "./corpus/corpus";
import { parseBenchArgs } from "./options";

const options = parseBenchArgs(process.argv.slice(2));
const size = options.sizes[0] ?? 1000;
const directory = path.resolve(".bench", "corpora", `profile-${size}`);
generateCorpus({ directory, size, seed: options.seed, sponsors: options.sponsors });
process.env.POSTS_DIR = directory;

const timings = new Map<string, number>();
function time<T>(phase: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  timings.set(phase, (timings.get(phase) ?? 0) + performance.now() - started);
  return result;
}

// Warm the modules and the JIT on a few files so the first phase is not charged for start-up.
const files = readdirSync(directory).sort();
for (const name of files.slice(0, 20)) readPostFile(name, readFileSync(path.join(directory, name), "utf8"));

for (const name of files) {
  const source = time("read files", () => readFileSync(path.join(directory, name), "utf8"));
  const parsed = time("front matter (YAML)", () => parseFrontMatter(source));
  time("schema (zod)", () => frontMatterSchema.safeParse(parsed.data));
  const liquid = time("Liquid", () => resolveLiquid(parsed.body));
  time("Markdown to sanitized tree", () => renderMarkdown(liquid.body));
}
for (const name of files) {
  const source = readFileSync(path.join(directory, name), "utf8");
  time("readPostFile, whole (all of the above)", () => readPostFile(name, source));
}
time("first getAllPosts (reads the collection)", () => getAllPosts());

// Next calls these once or twice per page; their total must not grow with posts × pages.
const posts = getAllPostsIncludingHidden();
time("per post page: getPostBySlug ×2", () => posts.forEach((post) => [1, 2].map(() => getPostBySlug(post.slug))));
const tags = getAllTags();
const tagPages = tags.reduce((sum, tag) => sum + Math.ceil(tag.count / 12), 0);
time(`per tag page (${tagPages}): getAllTags ×2 + getPostsByTag`, () => {
  for (const tag of tags) {
    for (let page = 0; page < Math.ceil(tag.count / 12); page += 1) {
      getAllTags();
      getAllTags();
      getPostsByTag(tag.slug);
    }
  }
});
time("getSitePaths ×100", () => Array.from({ length: 100 }, () => getSitePaths()));

console.log(`\nOne process, ${size} posts (${posts.length} with pages, ${tags.length} tags):\n`);
for (const [phase, ms] of timings) {
  console.log(`${phase.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms ${(ms / size).toFixed(3).padStart(8)} ms/post`);
}
const memory = process.memoryUsage();
console.log(`\nheap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`);
