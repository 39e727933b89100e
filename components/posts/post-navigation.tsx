import Link from "next/link";
import { getPostNeighbours, getRelatedPosts } from "@/lib/lists/post-navigation";
import { PostDate } from "./post-date";
import { NeighbourLink } from "../layout/pagination";

/** Below a post: links to the older and the newer post, then up to three posts that share its tags. */
export function PostNavigation({ slug }: { slug: string }) {
  const { newer, older } = getPostNeighbours(slug);
  const related = getRelatedPosts(slug);
  return (
    <>
      {newer || older ? (
        <nav className="post-navigation" aria-label="Newer and older posts">
          <NeighbourLink href={older?.url} rel="prev">
            <span className="eyebrow">← Previous post</span>
            {older?.title}
          </NeighbourLink>
          <NeighbourLink href={newer?.url} rel="next" className="next">
            <span className="eyebrow">Next post →</span>
            {newer?.title}
          </NeighbourLink>
        </nav>
      ) : null}
      {related.length > 0 ? (
        <section className="related-posts" aria-labelledby="related-heading">
          <h2 id="related-heading">Related posts</h2>
          <ul>
            {related.map((post) => (
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
      ) : null}
    </>
  );
}
