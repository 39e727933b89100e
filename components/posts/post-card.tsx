import Link from "next/link";
import type { Post } from "@/lib/collection/posts";
import { sitePathUrl } from "@/lib/site";
import { DraftBadge } from "./draft-badge";
import { PostDate } from "./post-date";
import { TagLinks } from "./tag-links";

/** One entry of a post list: thumbnail, title, date, description and tags; `priority` for the first, above the fold. */
export function PostCard({ post, priority = false }: { post: Post; priority?: boolean }) {
  const local = post.image?.startsWith("/") && !post.image.startsWith("//");
  return (
    <article className="card">
      {post.image ? (
        <img
          className="card-thumb"
          src={local ? sitePathUrl(post.image) : post.image}
          alt=""
          width={160}
          height={107}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : undefined}
          decoding="async"
        />
      ) : null}
      <div className="card-text">
        <h2>
          <Link href={post.url} prefetch={false}>
            {post.title}
          </Link>
        </h2>
        <p className="meta">
          <PostDate date={post.date} />
          {post.published ? null : <DraftBadge />}
        </p>
        <p>{post.description ?? post.excerpt}</p>
        <TagLinks tags={post.tags} />
      </div>
    </article>
  );
}
