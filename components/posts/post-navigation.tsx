import Link from "next/link";
import type { PostNeighbours } from "@/lib/lists/post-navigation";

/** Links to the newer and the older post, below a post. */
export function PostNavigation({ neighbours }: { neighbours: PostNeighbours }) {
  const { newer, older } = neighbours;
  if (!newer && !older) return null;
  return (
    <nav className="post-navigation" aria-label="Newer and older posts">
      {older ? (
        <Link href={older.url} rel="prev" prefetch={false}>
          <span className="eyebrow">← Previous post</span>
          {older.title}
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link href={newer.url} rel="next" prefetch={false} className="next">
          <span className="eyebrow">Next post →</span>
          {newer.title}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
