import Link from "next/link";
import type { Post } from "@/lib/collection/posts";
import { PostCover } from "./post-cover";
import { PostDate } from "./post-date";
import { PostTitle } from "./post-title";

/** A list of post cards, each all one link. */
export function PostList({ posts }: { posts: readonly Post[] }) {
  return (
    <div className="post-list">
      {posts.map((post, index) => (
        <article key={post.slug} className={post.image ? "card card-photo" : "card"}>
          <Link href={post.url} prefetch={false} className="card-link" aria-labelledby={`card-${post.slug}`}>
            {/* On a phone the first card's photo is the largest thing on screen: load it at once. */}
            {post.image ? <PostCover image={{ src: post.image, alt: "" }} priority={index === 0} /> : null}
            <div className="card-text">
              <h2 id={`card-${post.slug}`}>
                <PostTitle title={post.title} />
              </h2>
              <p className="meta">
                <PostDate date={post.date} />
                {post.published ? null : <span className="badge">Draft</span>}
              </p>
              <p className="card-summary">{post.description ?? post.excerpt}</p>
            </div>
          </Link>
        </article>
      ))}
    </div>
  );
}
