import type { ContentProblem } from "../content/content-error";
import { resolveEventTimes } from "./event-times";
import type { Post } from "../content/post-file";
import { tagSlug } from "../content/tags";
import { closestSponsorNames, readSponsorRegistry, resolveSponsor } from "./sponsors";

// "a, b or c", for "did you mean" hints.
const OR = new Intl.ListFormat("en-GB", { type: "disjunction" });

/** The collection check for meetup data: sponsors resolve, speakers and times make sense. */
export function checkMeetupData(posts: readonly Post[]): ContentProblem[] {
  const registry = readSponsorRegistry();
  const problems: ContentProblem[] = [...registry.problems];
  for (const post of posts) {
    const report = (field: string, message: string, expected: string) =>
      problems.push({ file: post.file, line: lineOf(post, field), field, message, expected, severity: "error" });
    post.sponsors.forEach((entry, index) => {
      // Inline sponsors' logos, like speakers' photos, are checked with the post's other files (lib/content/post-checks.ts).
      if (typeof entry !== "string" || resolveSponsor(entry, registry)) return;
      const closest = closestSponsorNames(entry, registry);
      const hint = closest.length > 0 ? `did you mean ${OR.format(closest)}? Otherwise ` : "";
      report(
        `sponsors[${index}]`,
        `"${entry}" is not in ${registry.file}`,
        `${hint}a name from ${registry.file}: add the sponsor there, or write { name, url, logo, level } in the post`,
      );
    });
    // Their sections would share one id (lib/meetups/speakers.ts).
    const slugs = post.speakers.map((speaker) => tagSlug(speaker.name));
    post.speakers.forEach((speaker, index) => {
      if (slugs.indexOf(tagSlug(speaker.name)) < index)
        report(`speakers[${index}].name`, `${speaker.name} is listed twice`, "each speaker once per post");
    });
    const { problem } = post.event ? resolveEventTimes(post.event) : {};
    if (problem) report(`event.${problem.field}`, problem.message, problem.expected);
  }
  return problems;
}

// The nearest field that has a line: "speakers[0].photo", then "speakers[0]", then "speakers".
function lineOf(post: Post, field: string): number {
  const parent = field.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
  return post.lines[field] ?? (parent === field ? 1 : lineOf(post, parent));
}
