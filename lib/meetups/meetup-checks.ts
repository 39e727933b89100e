import type { ContentProblem } from "../content/content-error";
import { resolveEventTimes } from "./event-times";
import type { Post } from "../content/post-file";
import { tagSlug } from "../content/tags";
import { closestSponsorNames, readSponsorRegistry, resolveSponsor } from "./sponsors";

/** The collection check for meetup data: sponsors resolve, speakers and times make sense. */
export function checkMeetupData(posts: readonly Post[]): ContentProblem[] {
  const registry = readSponsorRegistry();
  const problems: ContentProblem[] = [...registry.problems];
  for (const post of posts) {
    const report = (field: string, message: string, expected: string) =>
      problems.push({ file: post.file, line: lineOf(post, field), field, message, expected, severity: "error" });
    checkSponsors(post, report);
    checkSpeakers(post, report);
    if (post.event) {
      const { problem } = resolveEventTimes(post.event);
      if (problem) report(`event.${problem.field}`, problem.message, problem.expected);
    }
  }
  return problems;
}

type Report = (field: string, message: string, expected: string) => void;

function checkSponsors(post: Post, report: Report): void {
  const registry = readSponsorRegistry();
  post.sponsors.forEach((entry, index) => {
    // Inline sponsors' logos, like speakers' photos, are checked with the post's other files (lib/content/post-checks.ts).
    if (typeof entry !== "string") return;
    if (resolveSponsor(entry, registry)) return;
    const closest = closestSponsorNames(entry, registry);
    const hint = closest.length > 0 ? `did you mean ${listOr(closest)}? Otherwise ` : "";
    report(
      `sponsors[${index}]`,
      `"${entry}" is not in ${registry.file}`,
      `${hint}a name from ${registry.file}: add the sponsor there, or write { name, url, logo, level } in the post`,
    );
  });
}

function checkSpeakers(post: Post, report: Report): void {
  const seen = new Set<string>();
  post.speakers.forEach((speaker, index) => {
    const slug = tagSlug(speaker.name);
    // Their sections would share one id (lib/meetups/speakers.ts).
    if (seen.has(slug))
      report(`speakers[${index}].name`, `${speaker.name} is listed twice`, "each speaker once per post");
    seen.add(slug);
  });
}

function lineOf(post: Post, field: string): number {
  // The nearest field that has a line: "speakers[0].photo", then "speakers[0]", then "speakers".
  for (let key = field; ;) {
    const line = post.lines[key];
    if (line !== undefined) return line;
    const parent = key.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (parent === key) return 1;
    key = parent;
  }
}

function listOr(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "");
}
