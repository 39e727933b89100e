import Link from "next/link";
import type { SponsorProfile } from "@/lib/collection/meetup-index";
import { PostDate } from "../posts/post-date";
import { SponsorMark } from "./sponsor-list";

/** Every sponsor with the meetups they supported, newest first: on /sponsors/ and the sponsor page. */
export function SponsorDirectory({ sponsors }: { sponsors: readonly SponsorProfile[] }) {
  return (
    <ul className="sponsor-directory">
      {sponsors.map((sponsor) => (
        <li key={sponsor.slug} aria-label={sponsor.name}>
          <SponsorMark sponsor={sponsor} />
          {sponsor.level ? <p className="meta">{sponsor.level}</p> : null}
          {sponsor.posts.length > 0 ? (
            <ul className="sponsored-meetups" aria-label={`Meetups ${sponsor.name} supported`}>
              {sponsor.posts.map((post) => (
                <li key={post.slug}>
                  <Link href={post.url} prefetch={false}>
                    {post.title}
                  </Link>{" "}
                  <span className="meta">
                    (<PostDate date={post.event?.date ?? post.date} />)
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">No meetup writeups yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
