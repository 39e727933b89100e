import Link from "next/link";
import type { SpeakerTalk } from "@/lib/meetups/speakers";
import { PostDate } from "../posts/post-date";
import { SpeakerLinks } from "./speaker-links";

/** One talk on a speaker's page: title, the meetup it was given at, takeaways and links. */
export function SpeakerTalkItem({ talk }: { talk: SpeakerTalk }) {
  return (
    <li className="talk">
      <h3>
        <Link href={talk.url} prefetch={false}>
          {talk.talk ?? `Talk at ${talk.post.title}`}
        </Link>
      </h3>
      <p className="meta">
        <PostDate date={talk.post.event?.date ?? talk.post.date} /> ·{" "}
        <Link href={talk.post.url} prefetch={false}>
          {talk.post.title}
        </Link>
        {talk.org ? <span> · as {talk.org}</span> : null}
      </p>
      {talk.takeaways.length > 0 ? (
        <ul className="takeaways" aria-label="Takeaways">
          {talk.takeaways.map((takeaway) => (
            // Sanitized when the post was read (lib/content/post-file.ts), by the same rules as post bodies.
            <li key={takeaway.markdown} dangerouslySetInnerHTML={{ __html: takeaway.html }} />
          ))}
        </ul>
      ) : null}
      <SpeakerLinks speaker={talk} />
    </li>
  );
}
