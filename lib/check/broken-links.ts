import { existsSync } from "node:fs";
import { distance } from "fastest-levenshtein";
import type { ContentProblem } from "../content/content-error";
import { normaliseFromPath, normaliseSitePath } from "../content/path-syntax";
import { slugOfFile } from "../content/post-file";
import type { Post } from "../collection/posts";
import type { SitePage } from "../pages/page-file";
import { env } from "../env";
import { publicFile } from "../public-files";
import { postPath } from "../site";

type LinkSource = Pick<Post, "file" | "published" | "internalLinks">;

/** The folder of post pages: the one kind of link the check can judge while other files have errors. */
export const POSTS_PREFIX = postPath("x").replace(/x\/$/, "");

/** Links of published posts and pages, among those `judged`, to neither a path in `targets` nor a public/ file. */
export function findBrokenLinks(
  sources: readonly LinkSource[],
  targets: ReadonlySet<string>,
  judged: (path: string) => boolean = () => true,
): ContentProblem[] {
  return sources
    .filter((source) => source.published || env.development)
    .flatMap((source) =>
      source.internalLinks
        .filter((link) => judged(sitePath(link.path)) && !linkResolves(link.path, targets))
        .map((link) => {
          const nearest = nearestPath(sitePath(link.path), targets);
          return {
            file: source.file,
            line: link.line,
            field: link.field ?? "body",
            message: `the link to ${link.path} leads to no page of this site${nearest ? `: did you mean ${nearest}?` : ""}`,
            expected: "a path the site serves, such as /posts/<slug>/ or /tags/<tag>/, or a file in public/",
            severity: "error" as const,
          };
        }),
    );
}

/** The post pages there will be once every error is fixed (one a post file, valid or not), and old paths. */
export function postLinkTargets(
  posts: readonly Pick<Post, "url" | "redirect_from">[],
  pages: readonly Pick<SitePage, "redirect_from">[],
  problems: readonly ContentProblem[],
): Set<string> {
  const targets = new Set(posts.map((post) => post.url));
  for (const { file } of problems) if (/\.(md|markdown)$/.test(file)) targets.add(postPath(slugOfFile(file)));
  for (const from of [...posts, ...pages].flatMap((source) => source.redirect_from)) {
    const path = normaliseFromPath(from);
    if (path) targets.add(path);
  }
  return targets;
}

function sitePath(href: string): string {
  return normaliseSitePath(href).replace(/\/index\.html$/, "/");
}

function linkResolves(href: string, targets: ReadonlySet<string>): boolean {
  const path = sitePath(href);
  return targets.has(path) || existsSync(publicFile(path.endsWith("/") ? `${path}index.html` : path));
}

// The target in the same folder a few letters away: "/posts/kubernetes-turns-tenn/" → "/posts/kubernetes-turns-ten/".
function nearestPath(path: string, targets: ReadonlySet<string>): string | undefined {
  const folder = path.slice(0, path.indexOf("/", 1) + 1);
  const near = [...targets]
    .filter((target) => target.startsWith(folder))
    .map((target) => ({ target, score: distance(path.toLowerCase(), target.toLowerCase()) }))
    .filter(({ score }) => score <= Math.max(2, (path.length - folder.length) / 3));
  // The first of the nearest: the sort is stable.
  return near.sort((a, b) => a.score - b.score)[0]?.target;
}
