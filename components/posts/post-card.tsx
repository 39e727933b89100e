import Link from "next/link";
import type { Post } from "@/lib/collection/posts";
import { DraftBadge } from "./draft-badge";
import { PostCover } from "./post-cover";
import { PostDate } from "./post-date";
import { PostTitle } from "./post-title";

/** One entry of a post list, all of it one link; `priority` loads the first card's photo at once. */
export function PostCard({ post, priority = false }: { post: Post; priority?: boolean }) {
  const titleId = `card-${post.slug}`;
  return (
    <article className={post.image ? "card card-photo" : "card"}>
      <Link href={post.url} prefetch={false} className="card-link" aria-labelledby={titleId}>
        {post.image ? <PostCover image={{ src: post.image, alt: "" }} priority={priority} /> : null}
        <div className="card-text">
          <h2 id={titleId}>
            <PostTitle title={post.title} />
          </h2>
          <p className="meta">
            <PostDate date={post.date} />
            {post.published ? null : <DraftBadge />}
          </p>
          <p className="card-summary">{post.description ?? post.excerpt}</p>
        </div>
      </Link>
    </article>
  );
}
