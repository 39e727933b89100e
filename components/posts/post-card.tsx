import Link from "next/link";
import type { Post } from "@/lib/collection/posts";
import { getImageSources } from "@/lib/images/picture";
import { Picture } from "../photos/picture";
import { DraftBadge } from "./draft-badge";
import { PostDate } from "./post-date";
import { TagLinks } from "./tag-links";

/** One entry of a post list: thumbnail, title, date, description and tags; `priority` for the first, above the fold. */
export function PostCard({ post, priority = false }: { post: Post; priority?: boolean }) {
  return (
    <article className="card">
      {post.image ? (
        // The CSS crops every thumbnail to 3:2; the attributes give that ratio before the file loads.
        <Picture
          image={{ ...getImageSources(post.image, "card"), width: 160, height: 107 }}
          alt=""
          className="card-thumb"
          priority={priority}
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
