import type { Post } from "@/lib/collection/posts";
import { DraftBadge } from "./draft-badge";
import { PhotoEmbed } from "../embeds/photo-embed";
import { PostDate } from "./post-date";
import { TagLinks } from "./tag-links";

/** A post's title, date, location, tags and hero image. */
export function PostHeader({ post, heroShown }: { post: Post; heroShown: boolean }) {
  return (
    <header className="post-header">
      <h1>{post.title}</h1>
      <p className="meta">
        <PostDate date={post.date} />
        {post.location ? <span> · {post.location}</span> : null}
        <span> · {post.readingMinutes} min read</span>
        {post.published ? null : <DraftBadge />}
      </p>
      <TagLinks tags={post.tags} />
      {heroShown && post.image ? (
        <PhotoEmbed src={post.image} alt={post.title} caption={false} priority linked className="hero" />
      ) : null}
    </header>
  );
}
