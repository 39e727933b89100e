import Link from "next/link";
import type { ReactNode } from "react";
import type { SponsorProfile } from "@/lib/collection/meetup-index";
import { PostDate } from "../posts/post-date";
import { SponsorMark } from "./sponsor-list";

/** Every sponsor as a tile with the meetups it supported; `invite` adds a last tile asking for new sponsors. */
export function SponsorDirectory({ sponsors, invite }: { sponsors: readonly SponsorProfile[]; invite?: ReactNode }) {
  return (
    <ul className="tile-grid sponsor-directory">
      {sponsors.map((sponsor) => (
        <li key={sponsor.slug} className="tile" aria-label={sponsor.name}>
          <SponsorMark sponsor={sponsor} />
          {sponsor.level ? <p className="role">{sponsor.level}</p> : null}
          {sponsor.posts.length > 0 ? (
            <ul className="sponsored-meetups" aria-label={`Meetups ${sponsor.name} supported`}>
              {sponsor.posts.map((post) => (
                <li key={post.slug}>
                  <Link href={post.url} prefetch={false}>
                    {post.title} <PostDate date={post.event?.date ?? post.date} />
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">No meetup writeups yet.</p>
          )}
        </li>
      ))}
      {invite}
    </ul>
  );
}
