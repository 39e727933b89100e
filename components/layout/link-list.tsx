import Link from "next/link";
import type { ComponentProps } from "react";
import { isSitePath } from "@/lib/public-files";

type LinkListProps = ComponentProps<"ul"> & { links: readonly { href: string; label: string }[] };

/** Links as a list, or nothing when there are none: site paths through Next's Link (base path), others plain. */
export function LinkList({ links, ...list }: LinkListProps) {
  if (links.length === 0) return null;
  return (
    <ul {...list}>
      {links.map((item) => (
        <li key={item.href}>
          {isSitePath(item.href) ? (
            <Link href={item.href} prefetch={false}>
              {item.label}
            </Link>
          ) : (
            <a href={item.href}>{item.label}</a>
          )}
        </li>
      ))}
    </ul>
  );
}
