import Link from "next/link";
import { getNavLinks } from "@/lib/pages/pages";
import { sitePathUrl, site, withBasePath } from "@/lib/site";
import { LinkList } from "./link-list";

// A magnifier drawn in the text colour, 20 px: the only mark the search control needs.
const SEARCH_ICON = (
  <svg className="search-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
    <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
    <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);

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
          <LinkList links={links} />
        </nav>
        {/* A plain GET form to /search/, with and without JavaScript. On a phone only its button shows, a 44-px
            magnifier that opens the search page; from 48rem the box shows beside it. */}
        <form role="search" aria-label="Site" action={withBasePath("/search/")} method="get" className="site-search">
          <label htmlFor="site-search" className="visually-hidden">
            Search the site
          </label>
          <input id="site-search" type="search" name="q" placeholder="Search" />
          <button type="submit" aria-label="Search">
            {SEARCH_ICON}
          </button>
        </form>
        <details className="nav-menu">
          <summary>Menu</summary>
          <nav aria-label="Main">
            <LinkList links={links} />
          </nav>
        </details>
      </div>
    </header>
  );
}
