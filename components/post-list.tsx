import type { Post } from "@/lib/posts";
import { PostCard } from "./post-card";

/** A list of post cards. */
export function PostList({ posts }: { posts: readonly Post[] }) {
  return (
    <div className="post-list">
      {posts.map((post) => (
        <PostCard key={post.slug} post={post} />
      ))}
    </div>
  );
}
