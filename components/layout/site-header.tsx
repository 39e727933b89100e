import Link from "next/link";
import { site } from "@/lib/site";
import { BrandMark } from "./brand-mark";
import { SearchBox } from "../search/search-box";

const NAV = [
  { href: "/", label: "Posts" },
  { href: "/tags/", label: "Tags" },
  { href: "/events/", label: "Meetups" },
  { href: "/speakers/", label: "Speakers" },
  { href: "/sponsors/", label: "Sponsors" },
  { href: "/archive/", label: "Archive" },
] as const;

/** The meetup's name and the site's main navigation, on every page. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <div className="wrap header-row">
        <Link href="/" className="brand" prefetch={false}>
          <BrandMark />
          <span className="brand-name">{site.name}</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
      </div>
    </header>
  );
}
