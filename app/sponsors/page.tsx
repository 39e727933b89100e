import Link from "next/link";
import { PostDate } from "@/components/posts/post-date";
import { SponsorMark } from "@/components/meetups/sponsor-list";
import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const metadata = buildPageMetadata({
  title: "Sponsors",
  path: "/sponsors/",
  description: `The companies that make ${site.name} possible.`,
});

export default function SponsorsPage() {
  const { sponsors } = getMeetupIndex();
  return (
    <>
      <h1>Sponsors</h1>
      <p>
        Every meetup is made possible by its sponsors. Thank you to all of them. Would your company like to help?{" "}
        <a href={site.links.sponsor}>Get in touch</a>.
      </p>
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
    </>
  );
}
