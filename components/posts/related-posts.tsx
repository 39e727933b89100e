import Link from "next/link";
import type { Post } from "@/lib/collection/posts";
import { PostDate } from "./post-date";

/** Up to three posts that share tags with this one. */
export function RelatedPosts({ posts }: { posts: readonly Post[] }) {
  if (posts.length === 0) return null;
  return (
    <section className="related-posts" aria-labelledby="related-heading">
      <h2 id="related-heading">Related posts</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link href={post.url} prefetch={false}>
              {post.title}
            </Link>{" "}
            <span className="meta">
              <PostDate date={post.date} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
