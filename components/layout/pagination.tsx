import Link from "next/link";
import type { ReactNode } from "react";
import { pagePath } from "@/lib/lists/pagination";

type PaginationProps = { base: string; page: number; totalPages: number };

/** Newer and older links between the pages of a list. */
export function Pagination({ base, page, totalPages }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      <NeighbourLink href={page > 1 ? pagePath(base, page - 1) : undefined} rel="prev">
        ← Newer posts
      </NeighbourLink>
      <span>
        Page {page} of {totalPages}
      </span>
      <NeighbourLink href={page < totalPages ? pagePath(base, page + 1) : undefined} rel="next">
        Older posts →
      </NeighbourLink>
    </nav>
  );
}

type NeighbourLinkProps = { href?: string; rel: "prev" | "next"; className?: string; children: ReactNode };

/** A link to the page before or after, or an empty span that keeps its side of the row when there is none. */
export function NeighbourLink({ href, rel, className, children }: NeighbourLinkProps) {
  return href ? (
    <Link href={href} rel={rel} prefetch={false} className={className}>
      {children}
    </Link>
  ) : (
    <span />
  );
}
