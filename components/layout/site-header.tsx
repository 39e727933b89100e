import Link from "next/link";
import { getNavLinks, type NavLink } from "@/lib/pages/pages";
import { isSitePath } from "@/lib/public-files";
import { sitePathUrl, site } from "@/lib/site";
import { SearchBox } from "../search/search-box";

/** Name, search and navigation in one row; on a phone the links fold into a "Menu" <details> (no JavaScript). */
export function SiteHeader() {
  const links = getNavLinks("header");
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <div className="wrap header-row">
        <Link href="/" className={site.logo ? "brand" : "brand wordmark"} prefetch={false}>
          {/* The logo is as decorative as the name beside it is not: the link's name is the meetup's. */}
          {site.logo ? <img className="brand-mark" src={sitePathUrl(site.logo)} alt="" width={32} height={32} /> : null}
          <span className="brand-name">{site.name}</span>
          <span className="brand-short" aria-hidden="true">
            {site.shortName}
          </span>
        </Link>
        <nav aria-label="Main" className="nav-wide">
          <NavList links={links} />
        </nav>
        <SearchBox />
        <details className="nav-menu">
          <summary>Menu</summary>
          <nav aria-label="Main">
            <NavList links={links} />
          </nav>
        </details>
      </div>
    </header>
  );
}

/** A menu's links: site paths through Next's Link (base path), others as plain links. */
export function NavList({ links }: { links: readonly NavLink[] }) {
  return (
    <ul>
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
