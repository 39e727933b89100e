import Link from "next/link";
import type { Post } from "@/lib/collection/posts";
import { site } from "@/lib/site";
import { PostCover } from "../posts/post-cover";
import { PostDate } from "../posts/post-date";
import { PostTitle } from "../posts/post-title";

/** The home page's lead while no meetup is announced: the latest writeup, and how to hear of the next meetup. */
export function LatestWriteup({ post }: { post: Post }) {
  return (
    <section className="meetup-block latest-writeup" aria-labelledby="latest-writeup">
      {post.image ? <PostCover image={{ src: post.image, alt: "" }} role="body" priority /> : null}
      <div>
        <h2 id="latest-writeup" className="meetup-heading">
          Latest meetup
        </h2>
        <p className="meetup-title">
          <Link href={post.url} prefetch={false}>
            <PostTitle title={post.title} />
          </Link>
        </p>
        <p className="meta">
          <PostDate date={post.event?.date ?? post.date} />
        </p>
        <p className="latest-next">
          The next meetup is not announced yet.{" "}
          <a className="button" href={site.intro.join.href}>
            {site.intro.join.label}
          </a>
        </p>
      </div>
    </section>
  );
}
