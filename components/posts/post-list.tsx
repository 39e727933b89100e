import type { Post } from "@/lib/collection/posts";
import { PostCard } from "./post-card";

/** A list of post cards. */
export function PostList({ posts }: { posts: readonly Post[] }) {
  return (
    <div className="post-list">
      {posts.map((post, index) => (
        // On a phone the first card's photo is the largest thing on screen: load it at once.
        <PostCard key={post.slug} post={post} priority={index === 0} />
      ))}
    </div>
  );
}
