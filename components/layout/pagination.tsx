import Link from "next/link";
import { pagePath } from "@/lib/lists/pagination";

type PaginationProps = { base: string; page: number; totalPages: number };

/** Newer and older links between the pages of a list. */
export function Pagination({ base, page, totalPages }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={pagePath(base, page - 1)} rel="prev" prefetch={false}>
          ← Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pagePath(base, page + 1)} rel="next" prefetch={false}>
          Older posts →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
