import Link from "next/link";
import type { SpeakerTalk } from "@/lib/meetups/speakers";
import { PostDate } from "../posts/post-date";
import { TalkNotes } from "./talk-notes";

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
      <TalkNotes speaker={talk} />
    </li>
  );
}
