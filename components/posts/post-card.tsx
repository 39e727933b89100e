import Link from "next/link";
import type { Post } from "@/lib/collection/posts";
import { DraftBadge } from "./draft-badge";
import { PostCover } from "./post-cover";
import { PostDate } from "./post-date";

/** One entry of a post list, all of it one link: cover, title, date and description; `priority` for the first. */
export function PostCard({ post, priority = false }: { post: Post; priority?: boolean }) {
  const titleId = `card-${post.slug}`;
  return (
    <article className="card">
      <Link href={post.url} prefetch={false} className="card-link" aria-labelledby={titleId}>
        <PostCover
          image={post.image ? { src: post.image, alt: "" } : undefined}
          title={post.title}
          priority={priority}
        />
        <div className="card-text">
          <h2 id={titleId}>{post.title}</h2>
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
